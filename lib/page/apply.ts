/**
 * Apply: replace exactly the captured passage through the editor's own input path, so its model
 * stays in step and one Ctrl+Z undoes the change. How the text is typed, and how the editor's
 * taking it is told, is in editor-input.ts; here the passage is found again and the outcome named.
 */
import type { ApplyResult } from '@/lib/messaging/protocol';
import { currentDomText, type Capture, type CaptureTarget } from './capture';
import { APPLY_MESSAGES } from './apply-messages';
import type { StoredCapture } from './captures';
import { readsNativeEdits, typeIntoEditor, type Verdict } from './editor-input';
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

/** The outcome of a replacement the editor did not take. */
function notTaken(verdict: Exclude<Verdict, 'ok'>): ApplyOutcome {
  if (verdict === 'ignored') return fail('editor-ignored', APPLY_MESSAGES.ignored);
  return fail('editor-rejected', verdict === 'different' ? APPLY_MESSAGES.different : APPLY_MESSAGES.rejected);
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
  // Google Docs answers Apply itself (docs-source.ts); a Docs capture here is not editable.
  if (stored.apply !== 'editor' || target.kind === 'docs')
    return fail(
      'not-editable',
      stored.copyOnly === 'spans-blocks' ? APPLY_MESSAGES.spansBlocks : APPLY_MESSAGES.notEditable,
    );

  if (target.kind === 'field') {
    const field = target.element;
    if (!field.isConnected) return fail('editor-gone', APPLY_MESSAGES.editorGone);
    const before = field.value;
    const start = locatePassage(before, original, target.start);
    if (start === null) return fail('page-changed', APPLY_MESSAGES.pageChanged);
    const end = start + original.length;
    const verdict = await typeIntoEditor(
      {
        doc,
        win,
        target: () => field,
        select: () => {
          field.focus({ preventScroll: true });
          field.setSelectionRange(start, end);
          return field.selectionStart === start && field.selectionEnd === end;
        },
        read: () => (field.isConnected ? field.value : null),
        before,
        expected: before.slice(0, start) + replacement + before.slice(end),
        // A field's value is its model: frameworks read it back from the input event.
        nativeEditsReach: true,
        editorSelection: false,
        wait,
        settleMs,
      },
      replacement,
    );
    if (verdict !== 'ok') return notTaken(verdict);
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
  const verdict = await typeIntoEditor(
    {
      doc,
      win,
      target: () => pasteTarget,
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
      expected: before.slice(0, start) + replacement + before.slice(end),
      nativeEditsReach: readsNativeEdits(root),
      editorSelection: true,
      wait,
      settleMs,
    },
    replacement,
  );
  if (verdict !== 'ok') return notTaken(verdict);
  return { result: { ok: true }, replaced: replacedRegion(stored, before, linearize(root).text, start, end) };
}
