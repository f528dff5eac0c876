/**
 * The keyboard shortcut as the browser actually assigned it (a suggested key can be taken by the
 * browser or another extension, and the user can change it), and the browser's page to change it.
 */
import { browser } from 'wxt/browser';
import { OPEN_PANEL_COMMAND } from '@/entrypoints/background/commands';

export interface ShortcutApi {
  commands: {
    getAll(): Promise<Array<{ name?: string; shortcut?: string }>>;
    /** Firefox 137+: opens about:addons at "Manage Extension Shortcuts". */
    openShortcutSettings?(): Promise<void>;
  };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

/** Chrome's (and Edge's, which redirects it) page listing every extension's shortcuts. */
export const CHROME_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

const defaultApi = () => browser as unknown as ShortcutApi;

/** The keys that open the panel, e.g. "Alt+Shift+O", or null when none is assigned. */
export async function readShortcut(
  api: ShortcutApi = defaultApi(),
  command = OPEN_PANEL_COMMAND,
): Promise<string | null> {
  const commands = await api.commands.getAll();
  const keys = commands.find((entry) => entry.name === command)?.shortcut?.trim();
  return keys ? keys : null;
}

/** Opens the browser's own shortcut settings: Firefox has an API for it, Chrome a page. */
export async function openShortcutSettings(api: ShortcutApi = defaultApi()): Promise<void> {
  if (api.commands.openShortcutSettings) return api.commands.openShortcutSettings();
  await api.tabs.create({ url: CHROME_SHORTCUTS_PAGE });
}
