/**
 * Follows the selection live: selection and editing events settle for a moment, then one capture
 * runs, and the result is announced only when it differs from the last one announced.
 * An empty selection announces nothing: the panel keeps the last passage.
 */
import type { Capture } from './capture';
import { FOLLOW_DEBOUNCE_MS, TYPING_SETTLE_MS } from './limits';

export interface FollowOptions {
  doc?: Document;
  /** Reads the current selection (Docs reads through its bridge, so it may be async). */
  capture: () => Capture | null | Promise<Capture | null>;
  keyOf: (capture: Capture) => string;
  onChange: (capture: Capture) => void;
  /** How long selection changes settle; a finished gesture (mouseup, select, a selecting key) captures at once. */
  debounceMs?: number;
  typingMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Events after which the selection or the text under it may have changed. */
const DOCUMENT_EVENTS = ['selectionchange'] as const;
const CAPTURED_EVENTS = ['input', 'keyup', 'mouseup', 'select'] as const;
/** Keys that end a selecting gesture: arrows and friends (with Shift), and Ctrl/Cmd+A. */
const SELECTING_KEYS = new Set([
  'Shift',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** How long to wait after an event: none when a gesture has ended, longer while typing. */
function delayAfter(event: Event, settle: number, typing: number): number {
  if (event.type === 'mouseup' || event.type === 'select') return 0;
  if (event.type === 'input') return typing;
  if (event.type === 'keyup') {
    const key = event as KeyboardEvent;
    return SELECTING_KEYS.has(key.key) ||
      key.shiftKey ||
      ((key.ctrlKey || key.metaKey) && key.key?.toLowerCase() === 'a')
      ? 0
      : typing;
  }
  return settle;
}

export interface Follower {
  /** Captures now, skipping the wait (tests, and the user's explicit gesture). */
  flush(): Promise<void>;
  /** Forgets what was announced, so the next capture is announced even if unchanged. */
  reset(): void;
  /** Marks a capture as already announced (e.g. one returned by selection:get). */
  markAnnounced(capture: Capture): void;
  stop(): void;
}

export function followSelection(options: FollowOptions): Follower {
  const doc = options.doc ?? document;
  const settle = options.debounceMs ?? FOLLOW_DEBOUNCE_MS;
  const typing = options.typingMs ?? TYPING_SETTLE_MS;
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let timer: unknown;
  let lastKey: string | undefined;
  let run = 0;

  const check = async () => {
    timer = undefined;
    pendingImmediate = false;
    const mine = ++run;
    let capture: Capture | null;
    try {
      capture = await options.capture();
    } catch {
      return; // a page in flux: the next event tries again
    }
    if (mine !== run || !capture) return; // superseded, or nothing selected
    const key = options.keyOf(capture);
    if (key === lastKey) return;
    lastKey = key;
    options.onChange(capture);
  };

  let pendingImmediate = false;
  const schedule = (event: Event) => {
    const delay = delayAfter(event, settle, typing);
    // A capture for a finished gesture stays due: the selectionchange that follows a mouseup must not delay it.
    if (timer !== undefined && pendingImmediate) return;
    if (timer !== undefined) clearTimer(timer);
    pendingImmediate = delay === 0;
    timer = setTimer(() => void check(), delay);
  };

  for (const type of DOCUMENT_EVENTS) doc.addEventListener(type, schedule);
  for (const type of CAPTURED_EVENTS) doc.addEventListener(type, schedule, true);

  return {
    flush: async () => {
      if (timer !== undefined) clearTimer(timer);
      await check();
    },
    reset: () => {
      lastKey = undefined;
    },
    markAnnounced: (capture) => {
      lastKey = options.keyOf(capture);
    },
    stop: () => {
      if (timer !== undefined) clearTimer(timer);
      for (const type of DOCUMENT_EVENTS) doc.removeEventListener(type, schedule);
      for (const type of CAPTURED_EVENTS) doc.removeEventListener(type, schedule, true);
    },
  };
}
