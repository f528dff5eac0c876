import { describe, expect, it, vi } from 'vitest';
import { openPanelFromToolbar } from '@/entrypoints/background/side-panel';

describe('openPanelFromToolbar', () => {
  it('asks Chrome to open the side panel on a toolbar click', async () => {
    const setPanelBehavior = vi.fn(() => Promise.resolve());
    const addListener = vi.fn();
    await openPanelFromToolbar({ sidePanel: { setPanelBehavior }, action: { onClicked: { addListener } } });
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
    expect(addListener).not.toHaveBeenCalled();
  });

  it('toggles the Firefox sidebar from the toolbar button', async () => {
    let onClick: (() => void) | undefined;
    const toggle = vi.fn(() => Promise.resolve());
    await openPanelFromToolbar({
      sidebarAction: { toggle },
      browserAction: { onClicked: { addListener: (listener) => void (onClick = listener) } },
    });
    expect(toggle).not.toHaveBeenCalled();
    onClick?.();
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it('does nothing where neither API exists', async () => {
    await expect(openPanelFromToolbar({})).resolves.toBeUndefined();
  });
});
