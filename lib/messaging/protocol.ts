/**
 * The one typed protocol between the side panel, the background and the content scripts.
 * Every message has a name, a request type and a response type here, and nowhere else.
 */
import type { Category } from '@/lib/analysis';

/** Where the panel's text came from; the panel always says which. */
export type SourceKind =
  | 'selection' // a plain page selection
  | 'textarea'
  | 'input'
  | 'contenteditable' // including ProseMirror, TipTap, Quill, Lexical, Notion
  | 'google-docs' // Docs' annotated-text API
  | 'google-docs-accessibility' // Docs' screen-reader rendering
  | 'google-docs-export' // the whole document, via its plain-text export
  | 'google-docs-copy' // what the user copied in Docs, read during the copy in Docs' text-event frame
  | 'clipboard' // pasted after the user's own copy
  | 'paste'; // typed or pasted into the panel itself

export interface PassageSource {
  kind: SourceKind;
  /** The editor behind a contenteditable, when it can be told: 'prosemirror', 'quill', 'lexical', 'notion'… */
  editor?: string;
  title: string;
  url: string;
}

export interface CapturedPassage {
  text: string;
  source: PassageSource;
  /** Changes whenever the selection or the text under it changes; Apply checks it is still current. */
  selectionId: string;
  capturedAt: number;
  tabId: number;
  /** True when the selection was longer than the analyzer's input limit and was cut. */
  truncated?: boolean;
  /**
   * Whether Apply can write into the page here: 'editor' through the editor's own input (in Google Docs, its own
   * paste); 'docs' is Google Docs text with no known place in the document (a copy, the export), so copy-only.
   */
  apply: 'editor' | 'docs' | 'none';
  /** With apply 'none' on editable text: why it is copy-only ('spans-blocks': across two editing hosts, as Notion's blocks are). */
  copyOnly?: 'spans-blocks';
  /**
   * What the page holds where the passage is, which Apply would replace, when it differs from `text`: the page hides some text
   * inside the passage (font-size 0, clipped), which is not scored but would be replaced with it.
   */
  pageText?: string;
}

export interface HighlightRange {
  /** UTF-16 offsets into CapturedPassage.text. */
  start: number;
  end: number;
  category: Category;
}

export type ApplyResult =
  | {
      ok: true;
      /** The replaced region as a new passage (new selectionId), so the panel can score what is in the page now. */
      passage?: CapturedPassage;
    }
  | {
      ok: false;
      reason:
        | 'page-changed'
        | 'editor-rejected'
        /** The browser would have changed the page behind the editor's back: not done, or undone. */
        | 'editor-ignored'
        | 'not-editable'
        /** The passage is not from the tab the user is looking at (the panel says so, without asking the page). */
        | 'other-tab'
        | 'editor-gone'
        | 'no-selection';
      /** A sentence for the user. */
      message: string;
    };

/** Honest ways to get text out of a Google Doc when its annotated-text API is not there. */
export type DocsFallback =
  | 'docs-copy' // the user copies in Docs, and the page reads what Docs copies, during the copy
  | 'clipboard' // the panel reads the clipboard after the user's own copy, or the user pastes into the text box
  | 'docs-export' // 'docs:export': the whole document as plain text, from the same origin
  | 'docs-accessibility'; // Docs' screen-reader rendering; `message` says how to turn it on

export type CaptureError = {
  error: 'no-access' | 'no-content-script' | 'docs-api-missing' | 'tab-gone';
  message: string;
  /** With 'docs-api-missing': the fallbacks the panel can offer, in the order to offer them. */
  fallbacks?: DocsFallback[];
};

/** Why 'highlights:set' showed nothing. */
export type HighlightsUnavailable = 'field' | 'docs' | 'unsupported' | 'page-changed' | 'off-page';

/**
 * The port a panel holds open to the content script of the tab it follows (browser.tabs.connect).
 * When the last one closes (the panel closed, or it follows another tab), the page drops its highlights.
 */
export const PANEL_PORT_NAME = 'ownership-lens:panel';

export interface ProtocolMap {
  /** Panel → content script (via tabs): what is selected now? null when nothing is. */
  'selection:get': { request: { tabId: number }; response: CapturedPassage | null | CaptureError };
  /** Content script → background → panels: the selection changed (already debounced). */
  'selection:changed': { request: CapturedPassage; response: void };
  /** Panel → content script: mark these findings in the page with the CSS Custom Highlight API. */
  'highlights:set': {
    request: { tabId: number; selectionId: string; ranges: HighlightRange[] };
    response: { shown: number; unavailable?: HighlightsUnavailable };
  };
  /** Panel → content script: remove every highlight. */
  'highlights:clear': { request: { tabId: number }; response: void };
  /** Panel → content script: replace exactly the captured passage through the editor's own input path. */
  'rewrite:apply': {
    request: { tabId: number; selectionId: string; original: string; replacement: string };
    response: ApplyResult;
  };
  /** Panel → content script on Docs: the whole document through its plain-text export. */
  'docs:export': {
    request: { tabId: number };
    response: { text: string; truncated?: boolean; title?: string } | CaptureError;
  };
  /** Panel → background: make sure the content script is in this tab (activeTab + scripting). `reason` is a sentence for the user. */
  'tab:prepare': { request: { tabId: number }; response: { ready: boolean; reason?: string } };
  /** Background → content script, after the user's gesture (toolbar, menu, shortcut): capture now and announce it. */
  'selection:capture': { request: { tabId: number }; response: CapturedPassage | null | CaptureError };
  /** Anyone → content script: is it in this tab, and is the tab a Google Doc? */
  'content:ping': { request: { tabId: number }; response: { ready: true; docs: boolean } };
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<N extends MessageName> = ProtocolMap[N]['request'];
export type ResponseOf<N extends MessageName> = ProtocolMap[N]['response'];

export interface Envelope<N extends MessageName = MessageName> {
  protocol: 'ownership-lens';
  name: N;
  data: RequestOf<N>;
}

export function envelope<N extends MessageName>(name: N, data: RequestOf<N>): Envelope<N> {
  return { protocol: 'ownership-lens', name, data };
}

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { protocol?: unknown }).protocol === 'ownership-lens' &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}

export function isCaptureError(value: unknown): value is CaptureError {
  return typeof value === 'object' && value !== null && typeof (value as { error?: unknown }).error === 'string';
}
