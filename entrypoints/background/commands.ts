import { browser } from 'wxt/browser';
import type { PanelTab } from './side-panel';

/** Declared in wxt.config.ts with its suggested keys and description (listed on chrome://extensions/shortcuts). */
export const OPEN_PANEL_COMMAND = 'open-panel';

export interface CommandsApi {
  commands: { onCommand: { addListener(listener: (command: string, tab?: PanelTab) => void): void } };
}

/** The keyboard shortcut opens the panel for the current tab, through `onInvoked`, synchronously. */
export function listenToShortcut(
  onInvoked: (tab: PanelTab) => void,
  api: CommandsApi = browser as unknown as CommandsApi,
): void {
  api.commands.onCommand.addListener((command, tab) => {
    if (command === OPEN_PANEL_COMMAND) onInvoked(tab ?? {});
  });
}
