import { describe, expect, it, vi } from 'vitest';
import { openWelcomeOnInstall, type WelcomeApi } from '@/entrypoints/background/welcome';
import { CHROME_SHORTCUTS_PAGE, openShortcutSettings, readShortcut } from '@/lib/welcome/shortcut';

function installEvents() {
  let fire: ((details: { reason: string }) => void) | undefined;
  const create = vi.fn((_: { url: string }) => Promise.resolve());
  const api: WelcomeApi = {
    runtime: {
      onInstalled: { addListener: (listener) => void (fire = listener) },
      getURL: (path) => `chrome-extension://abc${path}`,
    },
    tabs: { create },
  };
  return { api, create, fire: (reason: string) => fire?.({ reason }) };
}

describe('openWelcomeOnInstall', () => {
  it('opens the welcome page, an extension page, when the extension is installed', () => {
    const { api, create, fire } = installEvents();
    openWelcomeOnInstall(api);
    fire('install');
    expect(create).toHaveBeenCalledExactlyOnceWith({ url: 'chrome-extension://abc/welcome.html' });
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])(
    'leaves the tabs alone on %s',
    (reason) => {
      const { api, create, fire } = installEvents();
      openWelcomeOnInstall(api);
      fire(reason);
      expect(create).not.toHaveBeenCalled();
    },
  );
});

describe('the shortcut as the browser assigned it', () => {
  const commands = (list: Array<{ name?: string; shortcut?: string }>, openShortcutSettings?: () => Promise<void>) => ({
    commands: { getAll: () => Promise.resolve(list), openShortcutSettings },
    tabs: { create: vi.fn((_: { url: string }) => Promise.resolve()) },
  });

  it('reads the keys of the open-panel command, not of another', async () => {
    const api = commands([
      { name: '_execute_action', shortcut: 'Ctrl+Shift+Y' },
      { name: 'open-panel', shortcut: 'Alt+Shift+P' },
    ]);
    expect(await readShortcut(api)).toBe('Alt+Shift+P');
  });

  it('says none is assigned when the browser gave the command no keys', async () => {
    expect(await readShortcut(commands([{ name: 'open-panel', shortcut: '' }]))).toBeNull();
    expect(await readShortcut(commands([]))).toBeNull();
  });

  it("opens Firefox's shortcut settings through its API, and Chrome's shortcuts page otherwise", async () => {
    const firefoxOpen = vi.fn(() => Promise.resolve());
    const firefox = commands([], firefoxOpen);
    await openShortcutSettings(firefox);
    expect(firefoxOpen).toHaveBeenCalledOnce();
    expect(firefox.tabs.create).not.toHaveBeenCalled();
    const chrome = commands([]);
    await openShortcutSettings(chrome);
    expect(chrome.tabs.create).toHaveBeenCalledWith({ url: CHROME_SHORTCUTS_PAGE });
  });
});
