import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CapturedPassage, CaptureError } from '@/lib/messaging/protocol';
import { followReducer, INITIAL_FOLLOW_STATE, isLive, type FollowState } from '@/lib/panel/follow-state';
import { PageFollower, pinnedTabFrom, type FollowerBrowser } from '@/lib/panel/follower';
import type { PageLink } from '@/lib/panel/page-link';

function passage(
  tabId: number,
  text: string,
  capturedAt = 1,
  kind: CapturedPassage['source']['kind'] = 'textarea',
): CapturedPassage {
  return {
    text,
    tabId,
    capturedAt,
    selectionId: `${tabId}:${capturedAt}`,
    apply: 'editor',
    source: { kind, title: `Tab ${tabId}`, url: `http://127.0.0.1/${tabId}` },
  };
}

/** An event with a trigger, like the browser's, for the fake below. */
function event<L extends (...args: never[]) => void>() {
  const listeners = new Set<L>();
  return {
    addListener: (l: L) => void listeners.add(l),
    removeListener: (l: L) => void listeners.delete(l),
    fire: (...args: Parameters<L>) => listeners.forEach((l) => l(...args)),
    get size() {
      return listeners.size;
    },
  };
}

/** A window with tabs, as the side panel sees it: tabs.getCurrent() is undefined in a side panel. */
function fakeBrowserWindow({
  windowId = 7,
  activeTabId = 1,
  ownTab,
}: {
  windowId?: number;
  activeTabId?: number;
  ownTab?: number;
} = {}) {
  const state = { active: activeTabId };
  const tabs = {
    query: vi.fn(async () => [{ id: state.active, windowId }]),
    getCurrent: vi.fn(async () => (ownTab === undefined ? undefined : { id: ownTab, windowId })),
    onActivated: event<(info: { tabId: number; windowId: number }) => void>(),
    onRemoved: event<(tabId: number) => void>(),
    onUpdated: event<(tabId: number, change: { status?: string }) => void>(),
  };
  const windows = {
    getCurrent: vi.fn(async () => ({ id: windowId })),
    onFocusChanged: event<(windowId: number) => void>(),
  };
  const api: FollowerBrowser = { tabs, windows };
  return {
    api,
    tabs,
    windows,
    activate(tabId: number, inWindow = windowId) {
      if (inWindow === windowId) state.active = tabId;
      tabs.onActivated.fire({ tabId, windowId: inWindow });
    },
  };
}

/** The page side: what each tab has selected, and the background's forwarding of changes. */
function fakeLink(
  selections: Record<number, CapturedPassage | null | CaptureError> = {},
  prepared: Record<number, boolean> = {},
) {
  const changed = event<(p: CapturedPassage) => void>();
  const held = new Set<number>();
  const link: PageLink & { changed: typeof changed; held: Set<number> } = {
    changed,
    prepareTab: vi.fn(async (tabId: number) =>
      prepared[tabId] === false ? { ready: false, reason: 'Cannot access this page' } : { ready: true },
    ),
    getSelection: vi.fn(async (tabId: number) =>
      tabId in selections ? selections[tabId]! : { error: 'no-content-script' as const, message: 'nothing there' },
    ),
    setHighlights: vi.fn(async () => null),
    clearHighlights: vi.fn(async () => undefined),
    applyRewrite: vi.fn(async () => ({ ok: true as const })),
    exportDocs: vi.fn(async () => ({ text: '' })),
    onSelectionChanged: (listener) => {
      changed.addListener(listener);
      return () => changed.removeListener(listener);
    },
    hold: vi.fn((tabId: number) => {
      held.add(tabId);
      return { release: () => void held.delete(tabId) };
    }),
    held,
  };
  return link;
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('followReducer', () => {
  const following: FollowState = { ...INITIAL_FOLLOW_STATE, phase: 'following', tabId: 1, windowId: 7 };

  it('shows a new selection from the followed tab and ignores other tabs', () => {
    const a = followReducer(following, { type: 'captured', tabId: 1, result: passage(1, 'I cut costs.') });
    expect(a.passage?.text).toBe('I cut costs.');
    expect(isLive(a)).toBe(true);
    expect(followReducer(a, { type: 'captured', tabId: 2, result: passage(2, 'Other tab.') })).toBe(a);
  });

  it('keeps the last passage when the selection is emptied, and says why', () => {
    const shown = followReducer(following, { type: 'captured', tabId: 1, result: passage(1, 'I cut costs.') });
    const cleared = followReducer(shown, { type: 'captured', tabId: 1, result: passage(1, '  \n', 2) });
    expect(cleared.passage?.text).toBe('I cut costs.');
    expect(cleared.kept).toBe('selection-cleared');
    expect(isLive(cleared)).toBe(false);
    expect(followReducer(shown, { type: 'captured', tabId: 1, result: null }).kept).toBe('selection-cleared');
  });

  it('shows a selection made again, even though the page hands back its first capture time', () => {
    const a = followReducer(following, { type: 'captured', tabId: 1, result: passage(1, 'Paragraph A.', 10) });
    const b = followReducer(a, { type: 'captured', tabId: 1, result: passage(1, 'Paragraph B.', 20) });
    expect(followReducer(b, { type: 'captured', tabId: 1, result: passage(1, 'Paragraph A.', 10) }).passage?.text).toBe(
      'Paragraph A.',
    );
  });

  it('marks a passage from the previous tab as kept after a switch, until the new tab answers', () => {
    const shown = followReducer(following, { type: 'captured', tabId: 1, result: passage(1, 'From tab one.') });
    const switched = followReducer(shown, { type: 'tab-activated', tabId: 2, windowId: 7 });
    expect(switched).toMatchObject({ tabId: 2, kept: 'other-tab', loading: true });
    expect(followReducer(switched, { type: 'captured', tabId: 2, result: null })).toMatchObject({
      kept: 'other-tab',
      loading: false,
    });
    expect(followReducer(switched, { type: 'captured', tabId: 2, result: passage(2, 'From tab two.') })).toMatchObject({
      kept: null,
      passage: { text: 'From tab two.' },
    });
  });

  it('ignores tab switches in other windows and when pinned to a tab', () => {
    expect(followReducer(following, { type: 'tab-activated', tabId: 2, windowId: 8 })).toBe(following);
    const pinned = { ...following, pinned: true };
    expect(followReducer(pinned, { type: 'tab-activated', tabId: 2, windowId: 7 })).toBe(pinned);
  });

  it('keeps an error for the followed tab and clears it on the next good answer', () => {
    const error: CaptureError = { error: 'docs-api-missing', message: 'No annotated text.' };
    const failed = followReducer(following, { type: 'captured', tabId: 1, result: error });
    expect(failed.error).toEqual(error);
    expect(followReducer(failed, { type: 'captured', tabId: 1, result: passage(1, 'Back.') }).error).toBeNull();
  });

  it('remembers that the passage’s tab was closed', () => {
    const shown = followReducer(following, { type: 'captured', tabId: 1, result: passage(1, 'I cut costs.') });
    expect(followReducer(shown, { type: 'tab-removed', tabId: 1 }).kept).toBe('tab-closed');
    const pinned = followReducer({ ...shown, pinned: true }, { type: 'tab-removed', tabId: 1 });
    expect(pinned.error?.error).toBe('tab-gone');
  });
});

describe('pinnedTabFrom', () => {
  it('reads ?tabId=N and nothing else', () => {
    expect(pinnedTabFrom('?tabId=42')).toBe(42);
    expect(pinnedTabFrom('?tabId=0')).toBe(0);
    expect(pinnedTabFrom('')).toBeNull();
    expect(pinnedTabFrom('?tabId=abc')).toBeNull();
    expect(pinnedTabFrom('?tabId=-3')).toBeNull();
    expect(pinnedTabFrom('?tabId=1e3')).toBeNull();
  });
});

describe('PageFollower', () => {
  it('follows the active tab of its window and asks it for its selection (prepare, then get)', async () => {
    const window = fakeBrowserWindow({ activeTabId: 1 });
    const link = fakeLink({ 1: passage(1, 'I cut costs.') });
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    expect(link.prepareTab).toHaveBeenCalledWith(1);
    expect(link.getSelection).toHaveBeenCalledWith(1);
    expect(follower.getState()).toMatchObject({
      phase: 'following',
      tabId: 1,
      windowId: 7,
      passage: { text: 'I cut costs.' },
    });
    follower.stop();
  });

  it('re-scores on a changed selection, taking only the latest of a burst, and only from the followed tab', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({ 1: null });
    const follower = new PageFollower({ link, api: window.api, settleMs: 20 });
    const seen: string[] = [];
    follower.subscribe((s) => s.passage && seen.push(s.passage.text));
    await follower.start();
    link.changed.fire(passage(1, 'First draft.', 2));
    link.changed.fire(passage(2, 'Another tab.', 3));
    link.changed.fire(passage(1, 'Second draft.', 4));
    await vi.advanceTimersByTimeAsync(19);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen).toEqual(['Second draft.']);
    follower.stop();
  });

  it('does not let the answer to an older question replace a change announced meanwhile', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({ 1: passage(1, 'Stale answer.', 1) });
    let answer: (value: CapturedPassage) => void = () => {};
    link.getSelection = vi.fn(() => new Promise<CapturedPassage>((resolve) => (answer = resolve)));
    const follower = new PageFollower({ link, api: window.api });
    const started = follower.start();
    await flush();
    link.changed.fire(passage(1, 'Fresh change.', 2));
    await flush();
    answer(passage(1, 'Stale answer.', 1));
    await started;
    expect(follower.getState().passage?.text).toBe('Fresh change.');
    follower.stop();
  });

  it('follows a tab switch in its own window, and asks the new tab', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({ 1: passage(1, 'Tab one text.'), 2: passage(2, 'Tab two text.') });
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    window.activate(2);
    await flush();
    expect(follower.getState()).toMatchObject({ tabId: 2, passage: { text: 'Tab two text.' }, kept: null });
    window.activate(3, 99); // another window
    await flush();
    expect(follower.getState().tabId).toBe(2);
    follower.stop();
  });

  it('keeps the last passage on a tab with nothing selected, and says it came from the other tab', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({ 1: passage(1, 'Tab one text.'), 2: null });
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    window.activate(2);
    await flush();
    expect(follower.getState()).toMatchObject({
      tabId: 2,
      kept: 'other-tab',
      passage: { text: 'Tab one text.', source: { title: 'Tab 1' } },
    });
    follower.stop();
  });

  it('tells whether a tab is the one in front, asking the browser afresh (a switch may not be heard yet)', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({ 1: passage(1, 'Tab one text.') });
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    expect(await follower.isInFront(1)).toBe(true);
    // The user switched; the panel has not heard of it yet, but the browser knows.
    window.tabs.query.mockResolvedValue([{ id: 3, windowId: 7 }]);
    expect(follower.getState().tabId).toBe(1);
    expect(await follower.isInFront(1)).toBe(false);
    follower.stop();

    const pinned = new PageFollower({ link, api: window.api, pinnedTabId: 1 });
    await pinned.start();
    // A pinned panel is about its tab, whichever tab is active.
    expect(await pinned.isInFront(1)).toBe(true);
    expect(await pinned.isInFront(3)).toBe(false);
    pinned.stop();
  });

  it('follows the active tab again when its window regains focus after a switch it missed', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({ 1: passage(1, 'One.'), 5: passage(5, 'Five.') });
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    window.tabs.query.mockResolvedValue([{ id: 5, windowId: 7 }]);
    window.windows.onFocusChanged.fire(7);
    await flush();
    expect(follower.getState()).toMatchObject({ tabId: 5, passage: { text: 'Five.' } });
    follower.stop();
  });

  it('with ?tabId=N follows that tab only, whatever is active', async () => {
    const window = fakeBrowserWindow({ activeTabId: 1 });
    const link = fakeLink({ 1: passage(1, 'Active tab.'), 9: passage(9, 'Pinned tab.') });
    const follower = new PageFollower({ link, api: window.api, pinnedTabId: 9 });
    await follower.start();
    expect(follower.getState()).toMatchObject({ pinned: true, tabId: 9, passage: { text: 'Pinned tab.' } });
    window.activate(1);
    await flush();
    expect(follower.getState().tabId).toBe(9);
    expect(window.tabs.query).not.toHaveBeenCalled();
    follower.stop();
  });

  it('has nothing to follow when the panel page is itself a tab', async () => {
    const window = fakeBrowserWindow({ ownTab: 4 });
    const link = fakeLink();
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    expect(follower.getState().phase).toBe('unavailable');
    expect(link.getSelection).not.toHaveBeenCalled();
    follower.stop();
  });

  it('turns "nothing listening" on a tab it may not access into a no-access error', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({}, { 1: false });
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    expect(follower.getState().error?.error).toBe('no-access');
    expect(follower.getState().error?.message).toBe('Cannot access this page');
    follower.stop();
  });

  it('still reads a tab whose content script is there even if the background could not prepare it', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({ 1: passage(1, 'Declared content script.') }, { 1: false });
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    expect(follower.getState()).toMatchObject({ error: null, passage: { text: 'Declared content script.' } });
    follower.stop();
  });

  it('passes the Docs error through for the panel to offer its fallbacks', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({ 1: { error: 'docs-api-missing', message: 'Docs did not expose its text.' } });
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    expect(follower.getState().error?.error).toBe('docs-api-missing');
    follower.provide(passage(1, 'Copied from Docs.', 5, 'clipboard'));
    expect(follower.getState()).toMatchObject({
      error: null,
      passage: { text: 'Copied from Docs.', source: { kind: 'clipboard' } },
    });
    follower.stop();
  });

  it('holds the followed tab while following it, and lets go on a switch and on stop', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({ 1: passage(1, 'One.'), 2: { error: 'no-access', message: 'Not allowed.' }, 3: null });
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    expect([...link.held]).toEqual([1]);
    window.activate(2);
    await flush();
    expect([...link.held]).toEqual([]);
    window.activate(3);
    await flush();
    expect([...link.held]).toEqual([3]);
    follower.stop();
    expect([...link.held]).toEqual([]);
  });

  it('shows the background’s own reason when it may not read a tab', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({}, { 1: false });
    link.prepareTab = vi.fn(async () => ({ ready: false, reason: 'Browsers do not let extensions read this page.' }));
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    expect(follower.getState().error).toEqual({
      error: 'no-access',
      message: 'Browsers do not let extensions read this page.',
    });
    follower.stop();
  });

  it('asks again when the followed tab finishes loading, and stops listening when stopped', async () => {
    const window = fakeBrowserWindow();
    const link = fakeLink({ 1: null });
    const follower = new PageFollower({ link, api: window.api });
    await follower.start();
    expect(link.getSelection).toHaveBeenCalledTimes(1);
    window.tabs.onUpdated.fire(1, { status: 'loading' });
    window.tabs.onUpdated.fire(1, { status: 'complete' });
    await flush();
    expect(link.getSelection).toHaveBeenCalledTimes(2);
    follower.stop();
    expect(
      window.tabs.onActivated.size +
        window.tabs.onUpdated.size +
        window.windows.onFocusChanged.size +
        link.changed.size,
    ).toBe(0);
  });
});
