/**
 * Follows the page for the panel: the active tab of the panel's window (or the ?tabId=N tab),
 * its live selection as the background forwards it, and a fresh look whenever the user
 * switches tabs or comes back to the window. State changes go through followReducer.
 */
import { browser } from 'wxt/browser';
import type { CapturedPassage } from '@/lib/messaging/protocol';
import { followReducer, INITIAL_FOLLOW_STATE, type FollowEvent, type FollowState } from './follow-state';
import type { PageLink } from './page-link';

interface BrowserEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

interface TabInfo {
  id?: number;
  windowId?: number;
}

/** The slice of the tabs and windows APIs following needs. */
export interface FollowerBrowser {
  tabs: {
    query(query: { active: true; windowId: number }): Promise<TabInfo[]>;
    /** The tab this page is in; undefined in a side panel or sidebar. */
    getCurrent(): Promise<TabInfo | undefined>;
    onActivated: BrowserEvent<(info: { tabId: number; windowId: number }) => void>;
    onRemoved: BrowserEvent<(tabId: number) => void>;
    onUpdated: BrowserEvent<(tabId: number, change: { status?: string }) => void>;
  };
  windows: {
    getCurrent(): Promise<{ id?: number }>;
    onFocusChanged: BrowserEvent<(windowId: number) => void>;
  };
}

export interface FollowerOptions {
  link: PageLink;
  api?: FollowerBrowser;
  /** From ?tabId=N: follow this tab only. */
  pinnedTabId?: number | null;
  /** Selection changes arriving closer together than this are taken as one (the latest). */
  settleMs?: number;
}

/** The content script already debounces; the panel only coalesces changes that arrive in one task. */
export const SELECTION_SETTLE_MS = 0;

/** Reads ?tabId=N from the panel's address; anything but a whole non-negative number is no pin. */
export function pinnedTabFrom(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

const NO_ACCESS_HINT =
  'Ownership Lens cannot read this tab yet. Click the Ownership Lens button in the toolbar, or select text and choose ' +
  '“Score ownership of selection” from the right-click menu, to let it read this page.';

export class PageFollower {
  private state: FollowState = INITIAL_FOLLOW_STATE;
  private readonly listeners = new Set<(state: FollowState) => void>();
  private readonly cleanups: Array<() => void> = [];
  private readonly link: PageLink;
  private readonly api: FollowerBrowser;
  private readonly pinnedTabId: number | null;
  private readonly settleMs: number;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingChange: CapturedPassage | undefined;
  private stopped = false;
  /** Counts selection changes heard, so an answer to an older question never replaces a newer change. */
  private changesHeard = 0;
  /** The port held open to the followed tab's content script. */
  private held: { tabId: number; release(): void } | null = null;

  constructor({
    link,
    api = browser as unknown as FollowerBrowser,
    pinnedTabId = null,
    settleMs = SELECTION_SETTLE_MS,
  }: FollowerOptions) {
    this.link = link;
    this.api = api;
    this.pinnedTabId = pinnedTabId;
    this.settleMs = settleMs;
  }

  getState(): FollowState {
    return this.state;
  }

  subscribe(listener: (state: FollowState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispatch(event: FollowEvent): void {
    const next = followReducer(this.state, event);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }

  async start(): Promise<void> {
    this.listen();
    if (this.pinnedTabId !== null) {
      this.dispatch({ type: 'started', tabId: this.pinnedTabId, windowId: null, pinned: true });
      await this.ask(this.pinnedTabId);
      return;
    }
    // Opened as a tab of its own (not in the side panel): the active tab is the panel itself.
    const own = await this.api.tabs.getCurrent().catch(() => undefined);
    if (own?.id !== undefined) {
      this.dispatch({ type: 'unavailable' });
      return;
    }
    const windowId = (await this.api.windows.getCurrent().catch(() => ({ id: undefined }))).id ?? null;
    const [active] = windowId === null ? [] : await this.api.tabs.query({ active: true, windowId }).catch(() => []);
    const tabId = active?.id ?? null;
    this.dispatch({ type: 'started', tabId, windowId, pinned: false });
    if (tabId !== null) await this.ask(tabId);
  }

  stop(): void {
    this.stopped = true;
    this.release();
    clearTimeout(this.settleTimer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
  }

  /** Asks the followed tab again, e.g. after the user granted access. */
  refresh(): Promise<void> {
    return this.state.tabId === null ? Promise.resolve() : this.ask(this.state.tabId);
  }

  /**
   * Whether `tabId` is the tab the user is looking at now: the active tab of the panel's window, asked
   * afresh (a switch may not have been heard yet), or the tab a ?tabId=N panel is pinned to.
   */
  async isInFront(tabId: number): Promise<boolean> {
    const { pinned, windowId } = this.state;
    if (pinned) return tabId === this.state.tabId;
    if (windowId === null) return false;
    const [active] = await this.api.tabs.query({ active: true, windowId }).catch(() => []);
    return active?.id === tabId;
  }

  /** Shows a passage the user brought in (clipboard, whole-document export). */
  provide(passage: CapturedPassage): void {
    this.dispatch({ type: 'provided', passage });
  }

  private async ask(tabId: number): Promise<void> {
    this.dispatch({ type: 'asking', tabId });
    const heardBefore = this.changesHeard;
    const prepared = await this.link.prepareTab(tabId);
    if (this.stopped || this.state.tabId !== tabId) return;
    // Even when the background cannot inject, a content script declared for the site may be there.
    let result = await this.link.getSelection(tabId);
    if (this.stopped) return;
    if (!prepared.ready && result !== null && 'error' in result && result.error === 'no-content-script') {
      result = { error: 'no-access', message: prepared.reason ?? NO_ACCESS_HINT };
    }
    if (this.state.tabId !== tabId) return;
    // The page announced a change while we asked: that change is newer than this answer.
    if (this.changesHeard !== heardBefore && result !== null && !('error' in result)) return;
    if (result === null || !('error' in result) || result.error === 'docs-api-missing') this.hold(tabId);
    this.dispatch({ type: 'captured', tabId, result });
  }

  /** Holds the tab now followed (and lets go of the one before), so the page knows a panel is watching. */
  private hold(tabId: number): void {
    if (this.held?.tabId === tabId) return;
    this.release();
    const held = { tabId, release: () => {} };
    held.release = this.link.hold(tabId, () => {
      if (this.held === held) this.held = null;
    }).release;
    this.held = held;
  }

  private release(): void {
    const held = this.held;
    this.held = null;
    held?.release();
  }

  private listen(): void {
    const { tabs, windows } = this.api;
    const onChange = (passage: CapturedPassage) => {
      if (passage.tabId !== this.state.tabId) return;
      this.changesHeard += 1;
      this.pendingChange = passage;
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => {
        const latest = this.pendingChange;
        this.pendingChange = undefined;
        if (latest) this.dispatch({ type: 'captured', tabId: latest.tabId, result: latest });
      }, this.settleMs);
    };
    this.cleanups.push(this.link.onSelectionChanged(onChange));

    const on = <L>(event: BrowserEvent<L> | undefined, listener: L) => {
      if (!event) return;
      event.addListener(listener);
      this.cleanups.push(() => event.removeListener(listener));
    };
    on(tabs.onActivated, ({ tabId, windowId }: { tabId: number; windowId: number }) => {
      if (this.state.pinned || windowId !== this.state.windowId || tabId === this.state.tabId) return;
      this.dispatch({ type: 'tab-activated', tabId, windowId });
      this.release();
      void this.ask(tabId);
    });
    on(tabs.onRemoved, (tabId: number) => this.dispatch({ type: 'tab-removed', tabId }));
    on(tabs.onUpdated, (tabId: number, change: { status?: string }) => {
      // A reload or a navigation leaves a new page behind: ask it afresh once it has loaded.
      if (tabId === this.state.tabId && change.status === 'complete') void this.ask(tabId);
    });
    on(windows.onFocusChanged, (windowId: number) => {
      if (this.state.pinned || windowId !== this.state.windowId || windowId === null) return;
      void this.api.tabs.query({ active: true, windowId }).then(
        ([active]) => {
          if (active?.id === undefined || active.id === this.state.tabId) return;
          this.dispatch({ type: 'tab-activated', tabId: active.id, windowId });
          this.release();
          void this.ask(active.id);
        },
        () => undefined,
      );
    });
  }
}
