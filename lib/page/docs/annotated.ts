/**
 * Docs' annotated-text API, read defensively: these are Docs internals, so every step is
 * feature-detected, bounded in time, and a failure is a value, never a throw.
 *   window._docs_annotate_getAnnotatedText() → Promise<{ getText(): string; getSelection(): [{ start, end }] }>
 * It exists only when `_docs_annotate_canvas_by_ext` was set before Docs started.
 */

export type AnnotatedRead =
  | { ok: true; selected: string; start: number; end: number; length: number }
  | { ok: false; reason: 'api-missing' | 'error' | 'timeout'; message?: string };

/** Most of a selection ever sent across the bridge; the passage cap is lower still. */
export const MAX_SELECTED_CHARS = 400_000;

export interface AnnotatedText {
  getText?: () => unknown;
  getSelection?: () => unknown;
  setSelection?: (start: number, end: number) => unknown;
}

export type PageWindow = { _docs_annotate_getAnnotatedText?: unknown; _docs_annotate_canvas_by_ext?: unknown };

function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  return Promise.race([promise, new Promise<typeof TIMED_OUT>((resolve) => setTimeout(() => resolve(TIMED_OUT), ms))]);
}
export const TIMED_OUT = Symbol('timed out');

/**
 * Asks Docs to draw its annotated canvas, naming this extension as the one asking. Docs records the
 * value in its own error reports, so it must be our own id; and it is never written over another
 * extension's claim, which already turns the layer on.
 */
export function claimAnnotatedCanvas(page: PageWindow, extensionId: string): boolean {
  try {
    if (typeof page._docs_annotate_canvas_by_ext === 'string' && page._docs_annotate_canvas_by_ext !== '') return false;
    page._docs_annotate_canvas_by_ext = extensionId;
    return true;
  } catch {
    return false;
  }
}

/** Docs' annotated-text object, asked for afresh; 'missing' without the API. It may throw: Docs' code. */
export async function annotatedTextOf(
  page: PageWindow,
  timeoutMs = 2_000,
): Promise<AnnotatedText | null | 'missing' | typeof TIMED_OUT> {
  const factory = page._docs_annotate_getAnnotatedText;
  if (typeof factory !== 'function') return 'missing';
  return (await within(Promise.resolve((factory as () => unknown).call(page)), timeoutMs)) as
    | AnnotatedText
    | null
    | typeof TIMED_OUT;
}

export async function readAnnotatedSelection(page: PageWindow, timeoutMs = 2_000): Promise<AnnotatedRead> {
  try {
    const annotated = await annotatedTextOf(page, timeoutMs);
    if (annotated === 'missing') return { ok: false, reason: 'api-missing' };
    if (annotated === TIMED_OUT) return { ok: false, reason: 'timeout' };
    if (!annotated || typeof annotated.getText !== 'function') return { ok: false, reason: 'api-missing' };
    const text = String(annotated.getText());
    const raw = typeof annotated.getSelection === 'function' ? annotated.getSelection() : null;
    const first = (Array.isArray(raw) ? raw[0] : raw) as { start?: unknown; end?: unknown } | null | undefined;
    let start = Number(first?.start);
    let end = Number(first?.end);
    if (!Number.isFinite(start) || !Number.isFinite(end)) start = end = 0;
    [start, end] = [
      Math.max(0, Math.min(start, end, text.length)),
      Math.max(0, Math.min(Math.max(start, end), text.length)),
    ];
    return {
      ok: true,
      selected: text.slice(start, Math.min(end, start + MAX_SELECTED_CHARS)),
      start,
      end,
      length: text.length,
    };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
