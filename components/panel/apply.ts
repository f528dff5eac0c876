import type { ApplyResult } from '@/lib/messaging/protocol';

/** Where Apply writes a rewrite, as the cards see it. */
export interface Applier {
  /** 'page': an editor in the page; 'docs': copy and paste by hand; 'panel': the panel's own text box; 'none': copy only. */
  kind: 'page' | 'docs' | 'panel' | 'none';
  /** For 'none': why Apply is not offered, in a sentence. */
  reason?: string;
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
