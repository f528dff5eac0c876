import { browser } from 'wxt/browser';
import type { PanelTab } from './side-panel';

export const SELECTION_MENU_ID = 'ownership-lens-score-selection';
export const SELECTION_MENU_TITLE = 'Score ownership of selection';

export interface ContextMenuApi {
  contextMenus: {
    create(properties: { id: string; title: string; contexts: string[] }): unknown;
    removeAll(): Promise<void>;
    onClicked: { addListener(listener: (info: { menuItemId: string | number }, tab?: PanelTab) => void): void };
  };
  runtime: {
    onInstalled: { addListener(listener: () => void): void };
    onStartup: { addListener(listener: () => void): void };
  };
}

/**
 * "Score ownership of selection" on selected text. The menu is created on install and on browser
 * start (Firefox forgets menus of a persistent background on restart; Chrome keeps them, and
 * removeAll first keeps the id unique). A click opens the panel through `onInvoked`, synchronously.
 */
export function registerSelectionMenu(
  onInvoked: (tab: PanelTab) => void,
  api: ContextMenuApi = browser as unknown as ContextMenuApi,
): void {
  // One at a time: two overlapping runs would both remove, then both create the same id.
  let queue = Promise.resolve();
  const create = () => {
    queue = queue
      .then(() => api.contextMenus.removeAll())
      .then(
        () =>
          void api.contextMenus.create({ id: SELECTION_MENU_ID, title: SELECTION_MENU_TITLE, contexts: ['selection'] }),
      )
      .catch((error: unknown) => console.error('Could not create the context menu', error));
  };
  api.runtime.onInstalled.addListener(create);
  api.runtime.onStartup.addListener(create);
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SELECTION_MENU_ID && tab) onInvoked(tab);
  });
}
