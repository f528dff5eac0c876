/**
 * The Whole document view's reads in the page: the whole text of the editor the user works in,
 * with its headings, and selecting one story of it. Nothing here changes the editor's text;
 * selecting goes through the DOM selection or the field's own selection, as a user's would.
 */
import type { CaptureError, DocumentRead, ResponseOf } from '@/lib/messaging/protocol';
import { captureSelection, type Capture } from './capture';
import { deepActiveElement, detectEditor, editingHost, isTextArea } from './editors';
import { linearize, rangeForOffsets, type LinearizeOptions } from './text-map';

/** Stays under the messaging cap (lib/messaging/validate) with room for the rest of the reply. */
export const MAX_DOCUMENT_CHARS = 900_000;

type DocumentTarget = { kind: 'field'; element: HTMLTextAreaElement } | { kind: 'dom'; root: HTMLElement };

/** Notion's heading blocks are notion-header-block, notion-sub_header-block and notion-sub_sub_header-block. */
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading],[class*=header-block]';
const EDITABLES = 'textarea,[contenteditable=""],[contenteditable="true"],.notion-page-content';

export const NO_EDITOR =
  'There is no editor on this page to read: click into your notes (a text field or an editor), then refresh.';
const MOVED =
  'The document changed since the list was made, and this story is no longer where it was: refresh the list.';

/** Notion makes each block its own editing host; its page content holds them all. */
function domRoot(host: HTMLElement): HTMLElement {
  return host.closest<HTMLElement>('.notion-page-content') ?? host;
}

const sizeOf = (element: Element) => (isTextArea(element) ? element.value.length : (element.textContent?.length ?? 0));

/** The editor in use: the focused one, else the one holding the selection, else the largest on the page. */
export function findDocumentTarget(doc: Document = document): DocumentTarget | null {
  const active = deepActiveElement(doc);
  if (active && isTextArea(active)) return { kind: 'field', element: active };
  const focusedHost = editingHost(active) ?? editingHost(doc.getSelection()?.anchorNode ?? null);
  if (focusedHost) return { kind: 'dom', root: domRoot(focusedHost) };
  let best: Element | null = null;
  for (const element of doc.querySelectorAll(EDITABLES)) {
    if (element.closest('.notion-page-content') && !element.matches('.notion-page-content')) continue;
    if (!best || sizeOf(element) > sizeOf(best)) best = element;
  }
  if (!best) return null;
  return isTextArea(best) ? { kind: 'field', element: best } : { kind: 'dom', root: best as HTMLElement };
}

function source(doc: Document, target: DocumentTarget): DocumentRead['source'] {
  const place = { title: doc.title ?? '', url: doc.location?.href ?? doc.URL ?? '' };
  if (target.kind === 'field') return { kind: 'textarea', ...place };
  const editor = detectEditor(target.root);
  return { kind: 'contenteditable', ...(editor ? { editor } : {}), ...place };
}

function headingRanges(root: HTMLElement, map: ReturnType<typeof linearize>): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const heading of root.querySelectorAll(HEADINGS)) {
    const start = map.before.get(heading);
    const end = map.after.get(heading);
    if (start !== undefined && end !== undefined && end > start) ranges.push({ start, end });
  }
  return ranges;
}

function capped(text: string, maxChars: number): { text: string; truncated?: boolean } {
  return text.length > maxChars ? { text: text.slice(0, maxChars), truncated: true } : { text };
}

/** The whole text of the editor in use, with the headings it marks (lib/document/split makes the stories). */
export function readDocument(
  doc: Document = document,
  options: LinearizeOptions & { maxChars?: number } = {},
): DocumentRead | CaptureError {
  const target = findDocumentTarget(doc);
  if (!target) return { error: 'no-access', message: NO_EDITOR };
  const maxChars = options.maxChars ?? MAX_DOCUMENT_CHARS;
  if (target.kind === 'field') return { ...capped(target.element.value, maxChars), source: source(doc, target) };
  const map = linearize(target.root, options);
  const text = capped(map.text, maxChars);
  const headings = headingRanges(target.root, map).filter((h) => h.end <= text.text.length);
  return { ...text, headings, source: source(doc, target) };
}

/**
 * readDocument, skipped while nothing was typed: each 'input' in the page counts as an edit, and a
 * panel that holds the latest version gets { unchanged } without the page laying out its text again.
 */
export function documentReader(doc: Document = document) {
  let version = 0;
  let listening = false;
  const edited = () => void version++;
  return (unlessVersion?: number): DocumentRead | { unchanged: true; version: number } | CaptureError => {
    if (!listening) {
      doc.addEventListener('input', edited, true);
      listening = true;
    }
    if (unlessVersion === version) return { unchanged: true, version };
    const read = readDocument(doc);
    return 'error' in read ? read : { ...read, version };
  };
}

/** Selects text.slice(start, end) of the document in its editor, scrolls to it, and captures it. */
export function revealInDocument(
  start: number,
  end: number,
  expected: string,
  doc: Document = document,
  options: LinearizeOptions = {},
): Capture | CaptureError {
  const target = findDocumentTarget(doc);
  if (!target) return { error: 'no-access', message: NO_EDITOR };
  const whole = target.kind === 'field' ? target.element.value : null;
  const map = target.kind === 'dom' ? linearize(target.root, options) : null;
  const text = whole ?? map!.text;
  if (text.slice(start, end) !== expected) {
    const moved = text.indexOf(expected);
    if (moved < 0 || !expected) return { error: 'tab-gone', message: MOVED };
    [start, end] = [moved, moved + expected.length];
  }
  if (target.kind === 'field') {
    const field = target.element;
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    // Scroll the field so the story's first line sits near the top third.
    const lines = (text.slice(0, start).match(/\n/g)?.length ?? 0) / Math.max(1, text.split('\n').length);
    field.scrollTop = Math.max(0, lines * field.scrollHeight - field.clientHeight / 3);
    field.scrollIntoView({ block: 'nearest' });
  } else {
    const range = rangeForOffsets(map!, start, end, doc);
    if (!range) return { error: 'tab-gone', message: MOVED };
    if (editingHost(target.root) === target.root) target.root.focus({ preventScroll: true });
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    const first = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
    (first as Element | null)?.scrollIntoView({ block: 'center' });
  }
  return captureSelection(doc, options) ?? { error: 'tab-gone', message: MOVED };
}

/** On Google Docs: the document's plain-text export, the same read "Score the whole document" makes. */
export async function documentFromExport(
  exportDocument: () => Promise<ResponseOf<'docs:export'>>,
  doc: Document = document,
): Promise<DocumentRead | CaptureError> {
  const exported = await exportDocument();
  if ('error' in exported) return exported;
  return {
    text: exported.text,
    ...(exported.truncated ? { truncated: true } : {}),
    source: { kind: 'google-docs-export', title: exported.title ?? doc.title ?? '', url: doc.location?.href ?? '' },
  };
}
