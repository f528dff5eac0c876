import { browser } from 'wxt/browser';

/** The slices of the browser APIs that opening the panel touches; Chrome has the first, Firefox the rest. */
export interface PanelOpeningApi {
  sidePanel?: {
    setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  };
  sidebarAction?: { toggle(): Promise<void> };
  action?: ToolbarAction;
  browserAction?: ToolbarAction;
}

interface ToolbarAction {
  onClicked: { addListener(listener: () => void): void };
}

/**
 * Makes the toolbar button open the side panel. Chrome does it itself once told to;
 * Firefox has no sidePanel API, so its button toggles the sidebar (a user action, as Firefox requires).
 */
export function openPanelFromToolbar(api: PanelOpeningApi = browser as unknown as PanelOpeningApi): Promise<void> {
  if (api.sidePanel) {
    return api.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  }
  const toolbar = api.action ?? api.browserAction;
  const sidebar = api.sidebarAction;
  if (toolbar && sidebar) {
    toolbar.onClicked.addListener(() => void sidebar.toggle());
  }
  return Promise.resolve();
}
