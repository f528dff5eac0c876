import type { ApplyResult } from '@/lib/messaging/protocol';
import { copyText } from '@/lib/panel/clipboard';

/** Where Apply writes a rewrite, as the cards see it. */
export interface Applier {
  /** 'page': an editor in the page; 'docs': Google Docs, through its own paste; 'panel': the panel's own text box; 'none': copy only. */
  kind: 'page' | 'docs' | 'panel' | 'none';
  /** For 'none': why Apply is not offered, in a sentence. */
  reason?: string;
  /**
   * The text Apply replaces in the page, when it differs from the scored passage (the page hides
   * some of it): Apply shows it and waits for the user's yes.
   */
  pageText?: string;
  /** Replaces [start, end) of the analyzed passage with `replacement`. */
  apply(range: { start: number; end: number }, replacement: string): Promise<ApplyResult>;
}

export const COPY_ONLY = (reason: string): Applier => ({
  kind: 'none',
  reason,
  apply: () => Promise.resolve({ ok: false, reason: 'not-editable', message: reason }),
});

/** What the panel says after an action whose card may be gone by the time it is read. */
export interface PanelNotice {
  message: string;
  action?: { label: string; run: () => void };
}

/** What to say after Apply did not write the text, once the text has (or has not) been put on the clipboard. */
export function afterFailedApply(result: Extract<ApplyResult, { ok: false }>, copied: boolean): string {
  return `${result.message} ${copied ? 'The text is on your clipboard: paste it in yourself.' : 'Copy it from the panel instead.'}`;
}

/** What the panel says once Apply wrote the text, with the one key press that takes it back. */
export function appliedNotice(kind: Applier['kind']): string {
  if (kind === 'panel') return 'Applied to your text. Press Ctrl+Z in the text box to undo it.';
  if (kind === 'docs') return 'Applied in Google Docs. Press Ctrl+Z in the document to undo it.';
  return 'Applied in the page. Press Ctrl+Z in the page to undo it.';
}

/** Applies, and on any failure leaves the text on the clipboard and says so in the result's message. */
export async function applyOrCopy(
  applier: Applier,
  range: { start: number; end: number },
  text: string,
  copy: (text: string) => Promise<boolean> = copyText,
): Promise<ApplyResult> {
  const result = await applier.apply(range, text);
  if (result.ok) return result;
  return { ...result, message: afterFailedApply(result, await copy(text)) };
}
