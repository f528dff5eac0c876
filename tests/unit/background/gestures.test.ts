import { describe, expect, it, vi } from 'vitest';
import { listenToShortcut, OPEN_PANEL_COMMAND } from '@/entrypoints/background/commands';
import { registerSelectionMenu, SELECTION_MENU_ID, SELECTION_MENU_TITLE } from '@/entrypoints/background/context-menu';
import { captureAfterGesture } from '@/entrypoints/background/invoke';
import type { PanelTab } from '@/entrypoints/background/side-panel';
import type { MessagingApi } from '@/lib/messaging/transport';

describe('the context menu on a selection', () => {
  it('is created on install and on browser start, once, and a click hands over the tab synchronously', async () => {
    const created: unknown[] = [];
    const hooks: Array<() => void> = [];
    let click: ((info: { menuItemId: string | number }, tab?: PanelTab) => void) | undefined;
    const removeAll = vi.fn(async () => void created.splice(0));
    const invoked = vi.fn();
    registerSelectionMenu(invoked, {
      contextMenus: { create: (p) => created.push(p), removeAll, onClicked: { addListener: (l) => void (click = l) } },
      runtime: { onInstalled: { addListener: (l) => hooks.push(l) }, onStartup: { addListener: (l) => hooks.push(l) } },
    });
    expect(hooks).toHaveLength(2);
    hooks.forEach((hook) => hook());
    await vi.waitFor(() => expect(removeAll).toHaveBeenCalledTimes(2));
    await vi.waitFor(() =>
      expect(created).toEqual([
        { id: SELECTION_MENU_ID, title: 'Score ownership of selection', contexts: ['selection'] },
      ]),
    );
    expect(SELECTION_MENU_TITLE).toBe('Score ownership of selection');
    click!({ menuItemId: 'something-else' }, { id: 1 });
    expect(invoked).not.toHaveBeenCalled();
    click!({ menuItemId: SELECTION_MENU_ID }, { id: 4, windowId: 2 });
    expect(invoked).toHaveBeenCalledWith({ id: 4, windowId: 2 });
  });
});

describe('the keyboard shortcut', () => {
  it('opens the panel for its tab, or with no tab when the browser gives none', () => {
    let command: ((name: string, tab?: PanelTab) => void) | undefined;
    const invoked = vi.fn();
    listenToShortcut(invoked, { commands: { onCommand: { addListener: (l) => void (command = l) } } });
    command!('other');
    command!(OPEN_PANEL_COMMAND, { id: 6 });
    command!(OPEN_PANEL_COMMAND);
    expect(invoked.mock.calls).toEqual([[{ id: 6 }], [{}]]);
  });
});

describe('after the gesture', () => {
  const messaging = (): MessagingApi => ({
    runtime: { id: 'me', sendMessage: vi.fn(), onMessage: { addListener: vi.fn(), removeListener: vi.fn() } },
    tabs: { sendMessage: vi.fn(async () => ({ protocol: 'ownership-lens', ok: true, value: null })), connect: vi.fn() },
  });

  it('prepares the tab and has the page capture and announce its selection', async () => {
    const api = messaging();
    await captureAfterGesture(
      { id: 5 },
      { prepare: async () => ({ ready: true }), activeTab: async () => undefined, messaging: api },
    );
    expect(api.tabs!.sendMessage).toHaveBeenCalledWith(
      5,
      { protocol: 'ownership-lens', name: 'selection:capture', data: { tabId: 5 } },
      { frameId: 0 },
    );
  });

  it('asks for the active tab when the gesture came without one, and stops where the page cannot be read', async () => {
    const api = messaging();
    const prepare = vi.fn(async () => ({ ready: false, reason: 'no' }));
    await captureAfterGesture({}, { prepare, activeTab: async () => ({ id: 8 }), messaging: api });
    expect(prepare).toHaveBeenCalledWith(8);
    expect(api.tabs!.sendMessage).not.toHaveBeenCalled();
  });
});
