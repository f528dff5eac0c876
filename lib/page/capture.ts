/**
 * Reads what the user selected, wherever it is: a text field, a contenteditable editor, or the page.
 * The result keeps where the text sits (a field and offsets, or a root element and offsets into its
 * mapped text) so highlights and Apply can find the same characters again.
 */
import type { PassageSource } from '@/lib/messaging/protocol';
import { deepActiveElement, detectEditor, editingHost, isTextArea, isTextInput } from './editors';
import { MAX_PASSAGE_CHARS } from './limits';
import { linearize, offsetOfPoint, type LinearizeOptions, type TextMap } from './text-map';
import { trimSpan, type TrimmedSpan } from './trim';

export type CaptureTarget =
  | { kind: 'field'; element: HTMLTextAreaElement | HTMLInputElement; start: number; end: number }
  /** Offsets into linearize(root).text; `editable` when root is an editing host Apply may write into. */
  | { kind: 'dom'; root: Element; start: number; end: number; editable: boolean }
  /**
   * Docs: with the annotated-text API, [start, end) of its raw text holds `raw`, the passage before its
   * control characters were stripped; without it (a copy, the screen-reader text) there is no place, and no `raw`.
   */
  | { kind: 'docs'; start: number; end: number; raw?: string };

export interface Capture {
  text: string;
  truncated: boolean;
  source: PassageSource;
  /** 'docs': Google Docs text with no known place in the document, so copy-only. */
  apply: 'editor' | 'docs' | 'none';
  /** Editable text that Apply still cannot write in one step: the selection runs across editing hosts. */
  copyOnly?: 'spans-blocks';
  /** What the page holds where the passage is, which Apply would replace, when the page hides some of it (so it differs from `text`). */
  pageText?: string;
  target: CaptureTarget;
}

export interface CaptureOptions extends LinearizeOptions {
  maxChars?: number;
}

const BLOCKISH = 'p,li,blockquote,pre,td,th,dd,dt,h1,h2,h3,h4,h5,h6,article,section,main,div,body';

function sourceFor(doc: Document, kind: PassageSource['kind'], editor?: string): PassageSource {
  return { kind, ...(editor ? { editor } : {}), title: doc.title ?? '', url: doc.location?.href ?? doc.URL ?? '' };
}

/** A selection inside a focused textarea or text input, or null when it is collapsed or elsewhere. */
export function captureField(doc: Document, maxChars = MAX_PASSAGE_CHARS): Capture | null | 'collapsed' {
  const active = deepActiveElement(doc);
  if (!active || !(isTextArea(active) || isTextInput(active))) return null;
  const field = active as HTMLTextAreaElement | HTMLInputElement;
  const start = field.selectionStart;
  const end = field.selectionEnd;
  if (start === null || end === null || start === end) return 'collapsed';
  const span = trimSpan(field.value, start, end, maxChars);
  if (!span.text) return 'collapsed';
  const editable = !field.readOnly && !field.disabled;
  return {
    text: span.text,
    truncated: span.truncated,
    source: sourceFor(doc, isTextArea(field) ? 'textarea' : 'input'),
    apply: editable ? 'editor' : 'none',
    target: { kind: 'field', element: field, start: span.start, end: span.end },
  };
}

/** The document selection, mapped onto the text of its editor (or of the nearest block on a plain page). */
export function captureDomSelection(doc: Document, options: CaptureOptions = {}): Capture | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const common = range.commonAncestorContainer;
  const host = editingHost(common);
  const startHost = host ?? editingHost(range.startContainer);
  const endHost = host ?? editingHost(range.endContainer);

  let root: Element;
  let kind: PassageSource['kind'];
  let editor: string | undefined;
  let editable = false;
  if (host) {
    root = host;
    kind = 'contenteditable';
    editor = detectEditor(host);
    editable = true;
  } else if (startHost && endHost) {
    // Across two editing hosts (Notion's blocks): readable, but no single editor to write into.
    root = (common.nodeType === 1 ? (common as Element) : common.parentElement) ?? doc.body;
    kind = 'contenteditable';
    editor = detectEditor(startHost);
  } else {
    const element = common.nodeType === 1 ? (common as Element) : common.parentElement;
    root = element?.closest(BLOCKISH) ?? doc.body;
    kind = 'selection';
  }

  const map = linearize(root, options);
  const start = offsetOfPoint(map, range.startContainer, range.startOffset);
  const end = offsetOfPoint(map, range.endContainer, range.endOffset);
  const span = trimSpan(map.text, start, end, options.maxChars ?? MAX_PASSAGE_CHARS);
  if (!span.text) return null;
  const pageText = withUnseen(map, span);
  return {
    text: span.text,
    truncated: span.truncated,
    source: sourceFor(doc, kind, editor),
    apply: editable ? 'editor' : 'none',
    ...(!host && startHost && endHost ? { copyOnly: 'spans-blocks' as const } : {}),
    ...(pageText !== undefined ? { pageText } : {}),
    target: { kind: 'dom', root, start: span.start, end: span.end, editable },
  };
}

/**
 * The span's text with what the page hides inside it put back where it sits: the text the DOM range
 * holds, which Apply would replace. Undefined when nothing is hidden inside the span.
 */
function withUnseen(map: TextMap, span: TrimmedSpan): string | undefined {
  const inside = map.unseen.filter(({ at }) => at > span.start && at < span.end);
  if (inside.length === 0) return undefined;
  let text = '';
  let from = span.start;
  for (const { at, text: hidden } of inside) {
    text += map.text.slice(from, at) + hidden;
    from = at;
  }
  return (text + map.text.slice(from, span.end)).replace(/ {2,}/g, ' ');
}

/** What is selected now in this document, or null when nothing is. */
export function captureSelection(doc: Document = document, options: CaptureOptions = {}): Capture | null {
  const field = captureField(doc, options.maxChars);
  if (field === 'collapsed') return null; // the caret is in a field: the page selection is not the user's
  return field ?? captureDomSelection(doc, options);
}

/** Re-reads the text a DOM capture covers now, or null when its root left the page. */
export function currentDomText(
  target: Extract<CaptureTarget, { kind: 'dom' }>,
  options: LinearizeOptions = {},
): { map: ReturnType<typeof linearize>; text: string } | null {
  if (!target.root.isConnected) return null;
  const map = linearize(target.root, options);
  return { map, text: map.text.slice(target.start, target.end) };
}
