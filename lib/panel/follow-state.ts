/**
 * Following the page, as a pure reducer: which tab the panel follows, the passage it shows,
 * and why that passage is kept when the followed tab has nothing selected.
 */
import type { CapturedPassage, CaptureError } from '@/lib/messaging/protocol';

export type FollowPhase =
  | 'starting'
  /** Following the active tab of the panel's window, or the ?tabId=N tab. */
  | 'following'
  /** Nothing to follow: the panel page is itself a tab, opened without ?tabId. */
  | 'unavailable';

/** Why the passage shown is not the followed tab's live selection. */
export type KeptReason = 'selection-cleared' | 'other-tab' | 'tab-closed';

export interface FollowState {
  phase: FollowPhase;
  /** Opened with ?tabId=N: follows that tab and ignores tab switches. */
  pinned: boolean;
  windowId: number | null;
  tabId: number | null;
  /** The last non-empty passage, from the followed tab or one followed before. */
  passage: CapturedPassage | null;
  kept: KeptReason | null;
  /** Waiting for the followed tab to say what is selected. */
  loading: boolean;
  /** What went wrong asking the followed tab, if something did. */
  error: CaptureError | null;
}

export type FollowEvent =
  | { type: 'started'; tabId: number | null; windowId: number | null; pinned: boolean }
  | { type: 'unavailable' }
  | { type: 'tab-activated'; tabId: number; windowId: number }
  | { type: 'asking'; tabId: number }
  | { type: 'captured'; tabId: number; result: CapturedPassage | null | CaptureError }
  | { type: 'tab-removed'; tabId: number }
  /** A passage the user brought in themselves: a clipboard read or a whole-document export. */
  | { type: 'provided'; passage: CapturedPassage };

export const INITIAL_FOLLOW_STATE: FollowState = {
  phase: 'starting',
  pinned: false,
  windowId: null,
  tabId: null,
  passage: null,
  kept: null,
  loading: false,
  error: null,
};

function isError(result: CapturedPassage | null | CaptureError): result is CaptureError {
  return result !== null && typeof (result as CaptureError).error === 'string';
}

function keptReason(state: FollowState, tabId: number): KeptReason | null {
  if (!state.passage) return null;
  if (state.kept === 'tab-closed') return 'tab-closed';
  return state.passage.tabId === tabId ? 'selection-cleared' : 'other-tab';
}

export function followReducer(state: FollowState, event: FollowEvent): FollowState {
  switch (event.type) {
    case 'started':
      return { ...state, phase: 'following', tabId: event.tabId, windowId: event.windowId, pinned: event.pinned };
    case 'unavailable':
      return { ...state, phase: 'unavailable', tabId: null, loading: false };
    case 'tab-activated': {
      if (
        state.phase !== 'following' ||
        state.pinned ||
        event.windowId !== state.windowId ||
        event.tabId === state.tabId
      )
        return state;
      // Until the new tab answers, a passage from elsewhere is shown as kept, and says so.
      const kept =
        !state.passage || state.kept === 'tab-closed' || state.passage.tabId === event.tabId ? state.kept : 'other-tab';
      return { ...state, tabId: event.tabId, kept, loading: true, error: null };
    }
    case 'asking':
      return event.tabId === state.tabId ? { ...state, loading: true } : state;
    case 'captured': {
      if (event.tabId !== state.tabId || state.phase !== 'following') return state;
      const { result } = event;
      if (isError(result)) return { ...state, loading: false, error: result, kept: keptReason(state, event.tabId) };
      if (result === null || result.text.trim() === '') {
        return { ...state, loading: false, error: null, kept: keptReason(state, event.tabId) };
      }
      return { ...state, loading: false, error: null, kept: null, passage: result };
    }
    case 'tab-removed': {
      const next = { ...state };
      if (state.passage?.tabId === event.tabId) next.kept = 'tab-closed';
      if (state.tabId === event.tabId && state.pinned) {
        next.loading = false;
        next.error = { error: 'tab-gone', message: 'The tab this panel followed was closed.' };
      }
      return next;
    }
    case 'provided':
      return { ...state, passage: event.passage, kept: null, error: null, loading: false };
  }
}

/** The passage shown is the followed tab's live selection (so it can be marked in the page). */
export function isLive(state: FollowState): boolean {
  return state.passage !== null && state.kept === null && state.passage.tabId === state.tabId;
}
