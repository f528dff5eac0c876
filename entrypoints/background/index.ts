import { browser } from 'wxt/browser';
import { listenToShortcut } from './commands';
import { registerSelectionMenu } from './context-menu';
import { captureAfterGesture } from './invoke';
import { openPanelFor, openPanelFromToolbar, type PanelTab } from './side-panel';
import { answerTabPrepare, prepareTab } from './tab-access';
import { openWelcomeOnInstall } from './welcome';

// Wiring only: one module per concern (style.md).
export default defineBackground(() => {
  const afterGesture = (tab: PanelTab) =>
    void captureAfterGesture(tab, {
      prepare: (tabId) => prepareTab(tabId),
      activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
    }).catch((error: unknown) => console.error('Could not read the selection', error));

  // Menu and shortcut: open the panel first, synchronously, while the gesture still counts.
  const invoked = (tab: PanelTab) => {
    openPanelFor(tab).catch((error: unknown) => console.error('Could not open the panel', error));
    afterGesture(tab);
  };

  openPanelFromToolbar(afterGesture).catch((error: unknown) =>
    console.error('Could not set up the toolbar button', error),
  );
  registerSelectionMenu(invoked);
  listenToShortcut(invoked);
  answerTabPrepare();
  openWelcomeOnInstall();
});
