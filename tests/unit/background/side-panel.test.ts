import { describe, expect, it, vi } from 'vitest';
import { openPanelFor, openPanelFromToolbar, type PanelTab } from '@/entrypoints/background/side-panel';

function toolbar() {
  let click: ((tab: PanelTab) => void) | undefined;
  return {
    onClicked: { addListener: (listener: (tab: PanelTab) => void) => void (click = listener) },
    click: (tab: PanelTab) => click?.(tab),
  };
}

describe('openPanelFromToolbar', () => {
  it('in Chrome, opens the side panel itself on a click, in the same call, so the click grants activeTab', async () => {
    const order: string[] = [];
    const open = vi.fn(() => {
      order.push('open');
      return Promise.resolve();
    });
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    const action = toolbar();
    await openPanelFromToolbar((tab) => order.push(`invoked ${tab.id}`), {
      sidePanel: { setPanelBehavior, open },
      action,
    });
    // Chrome's own opening would not count as invoking the extension, so it is switched off.
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
    expect(open).not.toHaveBeenCalled();
    action.click({ id: 7, windowId: 1 });
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(order).toEqual(['open', 'invoked 7']);
  });

  it('toggles the Firefox sidebar from the toolbar button and hands over the tab', async () => {
    const toggle = vi.fn(() => Promise.resolve());
    const invoked = vi.fn();
    const browserAction = toolbar();
    await openPanelFromToolbar(invoked, { sidebarAction: { toggle, open: () => Promise.resolve() }, browserAction });
    expect(toggle).not.toHaveBeenCalled();
    browserAction.click({ id: 3 });
    expect(toggle).toHaveBeenCalledTimes(1);
    expect(invoked).toHaveBeenCalledWith({ id: 3 });
  });

  it('does nothing where neither API exists', async () => {
    await expect(openPanelFromToolbar(() => undefined, {})).resolves.toBeUndefined();
  });
});

describe('openPanelFor', () => {
  it('opens Chrome’s panel for the tab, or its window when the tab is unknown', async () => {
    const open = vi.fn(() => Promise.resolve());
    const api = { sidePanel: { setPanelBehavior: () => Promise.resolve(), open } };
    await openPanelFor({ id: 4, windowId: 2 }, api);
    await openPanelFor({ windowId: 2 }, api);
    expect(open.mock.calls).toEqual([[{ tabId: 4 }], [{ windowId: 2 }]]);
    await expect(openPanelFor({}, api)).rejects.toThrow(/No tab or window/);
  });

  it('opens Firefox’s sidebar', async () => {
    const open = vi.fn(() => Promise.resolve());
    await openPanelFor({ id: 1 }, { sidebarAction: { open } });
    expect(open).toHaveBeenCalledTimes(1);
  });
});
