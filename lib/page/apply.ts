/**
 * Apply: replace exactly the captured passage through the editor's own input path, so its model
 * stays in step and one Ctrl+Z undoes the change.
 *
 * Two facts measured in Chromium shape this. execCommand('insertText') returns true even when an
 * editor ignores it, and some editors put their old text back a moment later; so success is never
 * read from a return value, only from the editor's text, re-read after a tick and again after a
 * short settle. And a synthetic paste that the editor handles (defaultPrevented) goes through the
 * editor's own paste code, which is the input it trusts most; so it is tried first, and
 * insertText only when the editor left the paste alone.
 */
import type { ApplyResult } from '@/lib/messaging/protocol';
import { currentDomText, type Capture, type CaptureTarget } from './capture';
import { APPLY_MESSAGES } from './apply-messages';
import type { StoredCapture } from './captures';
import { linearize, rangeForOffsets } from './text-map';

export interface ApplyEnv {
  win?: Window;
  doc?: Document;
  wait?: (ms: number) => Promise<void>;
  /** How long an editor gets to put its old text back before the change counts (ms). */
  settleMs?: number;
}

export { APPLY_MESSAGES };

export interface ApplyOutcome {
  result: ApplyResult;
  /** The replaced region, when the change took. */
  replaced?: Capture;
}

const fail = (reason: Extract<ApplyResult, { ok: false }>['reason'], message: string): ApplyOutcome => ({
  result: { ok: false, reason, message },
});

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

type Verdict = 'ok' | 'unchanged' | 'rejected';

/** Reads the editor's text after a tick and again after the settle time. */
async function verify(
  read: () => string | null,
  before: string,
  replacement: string,
  wait: (ms: number) => Promise<void>,
  settleMs: number,
): Promise<Verdict> {
  const wanted = normalize(replacement);
  const took = (text: string | null) => text !== null && text !== before && normalize(text).includes(wanted);
  await wait(0);
  const first = read();
  if (first === before) return 'unchanged';
  if (!took(first)) return 'rejected';
  await wait(settleMs);
  return took(read()) ? 'ok' : 'rejected';
}

/** A paste the page's own handlers see; true when one of them took it (defaultPrevented). */
function dispatchPaste(target: Element, text: string, win: Window): boolean {
  const Transfer = (win as unknown as { DataTransfer?: typeof DataTransfer }).DataTransfer;
  const Clipboard = (win as unknown as { ClipboardEvent?: typeof ClipboardEvent }).ClipboardEvent;
  if (!Transfer || !Clipboard) return false;
  const data = new Transfer();
  data.setData('text/plain', text);
  const event = new Clipboard('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  // Firefox gives a made-up paste an empty clipboardData of its own; dispatched, it leaves
  // ProseMirror refusing the insertText that follows, so such a paste is not sent at all.
  if (event.clipboardData?.getData('text/plain') !== text) return false;
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

function insertText(doc: Document, text: string): void {
  try {
    // The return value says nothing about whether the editor kept the text; verify() decides.
    (doc as Document & { execCommand?: Document['execCommand'] }).execCommand?.('insertText', false, text);
  } catch {
    // An editor that throws from its input handlers has rejected the input; verify() will see it.
  }
}

async function replaceThroughEditor(opts: {
  doc: Document;
  win: Window;
  target: Element;
  select: () => boolean;
  read: () => string | null;
  before: string;
  replacement: string;
  wait: (ms: number) => Promise<void>;
  settleMs: number;
}): Promise<Verdict> {
  const { doc, win, read, before, replacement, wait, settleMs } = opts;
  if (!opts.select()) return 'rejected';
  // Let the editor see the new selection (editors sync it on selectionchange, a task away).
  await wait(0);
  if (dispatchPaste(opts.target, replacement, win)) {
    const verdict = await verify(read, before, replacement, wait, settleMs);
    // The editor took the paste event but changed nothing: the text is exactly as before, so
    // trying insertText cannot double the rewrite.
    if (verdict !== 'unchanged') return verdict;
    if (!opts.select()) return 'rejected';
  }
  insertText(doc, replacement);
  const verdict = await verify(read, before, replacement, wait, settleMs);
  return verdict === 'unchanged' ? 'rejected' : verdict;
}

/**
 * Where the passage is now. Edits elsewhere in the editor shift it, and it is the same passage if
 * its text still stands at its old place or occurs exactly once; otherwise the page changed.
 */
export function locatePassage(text: string, original: string, start: number): number | null {
  if (text.startsWith(original, start)) return start;
  const first = text.indexOf(original);
  if (first === -1 || text.indexOf(original, first + 1) !== -1) return null;
  return first;
}

function replacedRegion(stored: StoredCapture, before: string, after: string, start: number, end: number): Capture {
  const newEnd = Math.max(start, after.length - (before.length - end));
  const text = after.slice(start, newEnd);
  const target: CaptureTarget =
    stored.target.kind === 'field'
      ? { ...stored.target, start, end: newEnd }
      : { ...(stored.target as Extract<CaptureTarget, { kind: 'dom' }>), start, end: newEnd };
  return { text, truncated: false, source: stored.source, apply: stored.apply, target };
}

/** Replaces the stored capture's text with `replacement`, if it is still what `original` says. */
export async function applyRewrite(
  stored: StoredCapture | undefined,
  original: string,
  replacement: string,
  env: ApplyEnv = {},
): Promise<ApplyOutcome> {
  const win = env.win ?? window;
  const doc = env.doc ?? win.document;
  const wait = env.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const settleMs = env.settleMs ?? 300;
  if (!stored || stored.text !== original) return fail('page-changed', APPLY_MESSAGES.pageChanged);
  const target = stored.target;
  if (target.kind === 'docs' || stored.apply === 'docs') return fail('docs', APPLY_MESSAGES.docs);
  if (stored.apply !== 'editor') return fail('not-editable', APPLY_MESSAGES.notEditable);

  if (target.kind === 'field') {
    const field = target.element;
    if (!field.isConnected) return fail('editor-gone', APPLY_MESSAGES.editorGone);
    const before = field.value;
    const start = locatePassage(before, original, target.start);
    if (start === null) return fail('page-changed', APPLY_MESSAGES.pageChanged);
    const end = start + original.length;
    const verdict = await replaceThroughEditor({
      doc,
      win,
      target: field,
      select: () => {
        field.focus({ preventScroll: true });
        field.setSelectionRange(start, end);
        return field.selectionStart === start && field.selectionEnd === end;
      },
      read: () => (field.isConnected ? field.value : null),
      before,
      replacement,
      wait,
      settleMs,
    });
    if (verdict !== 'ok') return fail('editor-rejected', APPLY_MESSAGES.rejected);
    return { result: { ok: true }, replaced: replacedRegion(stored, before, field.value, start, end) };
  }

  const root = target.root as HTMLElement;
  const current = currentDomText(target);
  if (!current) return fail('editor-gone', APPLY_MESSAGES.editorGone);
  const before = current.map.text;
  const start = locatePassage(before, original, target.start);
  if (start === null) return fail('page-changed', APPLY_MESSAGES.pageChanged);
  const end = start + original.length;
  let pasteTarget: Element = root;
  const verdict = await replaceThroughEditor({
    doc,
    win,
    get target() {
      return pasteTarget;
    },
    select: () => {
      // Map again each time: the editor may have re-rendered the nodes since capture.
      const map = linearize(root);
      const range = rangeForOffsets(map, start, end, doc);
      const selection = doc.getSelection();
      if (!range || !selection) return false;
      root.focus({ preventScroll: true });
      selection.removeAllRanges();
      selection.addRange(range);
      const first = range.startContainer;
      pasteTarget = (first.nodeType === 1 ? (first as Element) : first.parentElement) ?? root;
      return true;
    },
    read: () => (root.isConnected ? linearize(root).text : null),
    before,
    replacement,
    wait,
    settleMs,
  });
  if (verdict !== 'ok') return fail('editor-rejected', APPLY_MESSAGES.rejected);
  return { result: { ok: true }, replaced: replacedRegion(stored, before, linearize(root).text, start, end) };
}
