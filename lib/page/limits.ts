/** The longest passage sent to the panel. A story is a few hundred words; this keeps a whole long document scorable without stalling a page. */
export const MAX_PASSAGE_CHARS = 100_000;
/** Selection events settle for this long before a capture (a drag fires dozens). */
export const FOLLOW_DEBOUNCE_MS = 50;
/** Typing settles for longer: a capture per keystroke would re-score half-typed words. */
export const TYPING_SETTLE_MS = 250;
