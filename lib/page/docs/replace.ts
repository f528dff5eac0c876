/**
 * Apply in Google Docs, run by the bridge in the page's main world: select the words through the
 * annotated-text API, and paste the rewrite into Docs' text-event frame, where Docs' own paste
 * handler takes it, so the change lands on Docs' own undo stack and one Ctrl+Z takes it back.
 * Docs internals again: every step is checked, and the document is read before and after.
 */
import type { AnnotatedText } from './annotated';
import type { ReplaceOutcome } from './bridge-protocol';
import { stripDocsControlChars } from './control-chars';
import type { DocsEdit } from './ranges';

export interface ReplaceEnv {
  /** Docs' annotated text, fresh for each read (the page's _docs_annotate_getAnnotatedText). */
  annotated: () => Promise<AnnotatedText | null>;
  doc: Document;
  /** Constructors from the page's own world. */
  scope: typeof globalThis;
  wait?: (ms: number) => Promise<void>;
  /** How long Docs gets to show the paste in its text (ms). */
  settleMs?: number;
}

const TEXT_EVENT_TARGET = 'iframe.docs-texteventtarget-iframe';
const STEP_MS = 25;

function selectionOf(annotated: AnnotatedText): { start: number; end: number } | null {
  const raw = typeof annotated.getSelection === 'function' ? annotated.getSelection() : null;
  const first = (Array.isArray(raw) ? raw[0] : raw) as { start?: unknown; end?: unknown } | null | undefined;
  const start = Number(first?.start);
  const end = Number(first?.end);
  return Number.isFinite(start) && Number.isFinite(end)
    ? { start: Math.min(start, end), end: Math.max(start, end) }
    : null;
}

/** Where Docs listens for typing and pasting: the focused element of its same-origin text-event frame. */
function pasteTarget(doc: Document): Element | null {
  try {
    const inner = doc.querySelector<HTMLIFrameElement>(TEXT_EVENT_TARGET)?.contentDocument;
    return inner ? (inner.activeElement ?? inner.body) : null;
  } catch {
    return null;
  }
}

/**
 * A paste event carrying `text` as text/plain. Chrome takes the DataTransfer given as clipboardData;
 * Firefox makes its own from the `dataType` and `data` it understands, and ignores the DataTransfer.
 */
function pasteEvent(scope: typeof globalThis, text: string): ClipboardEvent {
  const data = new scope.DataTransfer();
  data.setData('text/plain', text);
  const init = { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true };
  return new scope.ClipboardEvent('paste', init as ClipboardEventInit);
}

/** Whether `after` is `before` with [at, at + length) replaced by `text` (Docs may spell line breaks its own way). */
export function insertedText(before: string, after: string, at: number, length: number, text: string): string | null {
  const tail = before.length - at - length;
  const insertedLength = after.length - at - tail;
  if (insertedLength < 0 || !after.startsWith(before.slice(0, at)) || !after.endsWith(before.slice(at + length)))
    return null;
  const inserted = after.slice(at, at + insertedLength);
  return inserted === text || stripDocsControlChars(inserted) === stripDocsControlChars(text) ? inserted : null;
}

/** Selects and pastes; `edit` was parsed strictly (bridge-protocol.ts) and its range checked by the bridge. */
export async function replaceInDocs(edit: DocsEdit, env: ReplaceEnv): Promise<ReplaceOutcome> {
  const wait = env.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const settleMs = env.settleMs ?? 1_500;
  const read = async () => {
    const annotated = await env.annotated();
    return annotated && typeof annotated.getText === 'function'
      ? { annotated, text: String(annotated.getText()) }
      : null;
  };
  const first = await read();
  if (!first || typeof first.annotated.setSelection !== 'function') return { ok: false, reason: 'api-missing' };
  const before = first.text;
  // 1. The passage still stands exactly where it was captured.
  if (before.slice(edit.start, edit.end) !== edit.expected) return { ok: false, reason: 'changed' };
  const at = edit.start + edit.from;
  const length = edit.to - edit.from;
  const target = pasteTarget(env.doc);
  if (!target) return { ok: false, reason: 'no-target' };
  // 2. Select the words, and check Docs selected them.
  const previous = selectionOf(first.annotated);
  const restore = () => {
    if (previous) first.annotated.setSelection?.(previous.start, previous.end);
  };
  first.annotated.setSelection(at, at + length);
  const selected = selectionOf(first.annotated);
  if (selected && (selected.start !== at || selected.end !== at + length)) {
    restore();
    return { ok: false, reason: 'not-selectable' };
  }
  // 3. Docs' own paste, as a user's Ctrl+V would reach it.
  const paste = pasteEvent(env.scope, edit.text);
  if (paste.clipboardData?.getData('text/plain') !== edit.text) {
    restore();
    return { ok: false, reason: 'error', message: 'This browser made a paste event without the text in it.' };
  }
  target.dispatchEvent(paste);
  // 4. Read again until the text has changed and reads the same twice, then check exactly the words were replaced.
  let after = before;
  for (let waited = 0; waited <= settleMs; waited += STEP_MS) {
    const now = (await read())?.text ?? before;
    if (now !== before && now === after) break;
    after = now;
    await wait(STEP_MS);
  }
  if (after === before) {
    restore();
    return { ok: false, reason: 'rejected' };
  }
  const inserted = insertedText(before, after, at, length, edit.text);
  return inserted === null ? { ok: false, reason: 'different' } : { ok: true, inserted };
}
