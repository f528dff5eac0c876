import { browser } from 'wxt/browser';

export interface PanelTab {
  id?: number;
  windowId?: number;
}

interface ToolbarAction {
  onClicked: { addListener(listener: (tab: PanelTab) => void): void };
}

/** The slices of the browser APIs that opening the panel touches; Chrome has sidePanel, Firefox the sidebar. */
export interface PanelOpeningApi {
  sidePanel?: {
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
    open(options: { tabId?: number; windowId?: number }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void>; toggle?(): Promise<void> };
  action?: ToolbarAction;
  browserAction?: ToolbarAction;
}

const defaultApi = () => browser as unknown as PanelOpeningApi;

/**
 * Opens the panel beside `tab`. Both browsers open panels only inside the user's gesture, so this
 * must be called synchronously in the click, menu or command handler, before any await.
 */
export function openPanelFor(tab: PanelTab, api: PanelOpeningApi = defaultApi()): Promise<void> {
  if (api.sidePanel) {
    if (tab.id !== undefined) return api.sidePanel.open({ tabId: tab.id });
    if (tab.windowId !== undefined) return api.sidePanel.open({ windowId: tab.windowId });
    return Promise.reject(new Error('No tab or window to open the side panel in.'));
  }
  if (api.sidebarAction) return api.sidebarAction.open();
  return Promise.resolve();
}

/**
 * Makes the toolbar button open the panel and hand the tab to `onInvoked`.
 * Chrome can open the panel by itself (openPanelOnActionClick), but then the click does not count
 * as invoking the extension and activeTab is not granted, so the panel could not read the page.
 * So the click is handled here: the panel opens, and the tab is ours to read. Firefox's button
 * toggles its sidebar, as Firefox users expect.
 */
export function openPanelFromToolbar(
  onInvoked: (tab: PanelTab) => void = () => undefined,
  api: PanelOpeningApi = defaultApi(),
): Promise<void> {
  const toolbar = api.action ?? api.browserAction;
  if (api.sidePanel) {
    toolbar?.onClicked.addListener((tab) => {
      openPanelFor(tab, api).catch((error: unknown) => console.error('Could not open the side panel', error));
      onInvoked(tab);
    });
    return api.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
  }
  const sidebar = api.sidebarAction;
  if (toolbar && sidebar) {
    toolbar.onClicked.addListener((tab) => {
      (sidebar.toggle ? sidebar.toggle() : sidebar.open()).catch((error: unknown) =>
        console.error('Could not open the sidebar', error),
      );
      onInvoked(tab);
    });
  }
  return Promise.resolve();
}
