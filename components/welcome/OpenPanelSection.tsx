import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { openPanelFor, type PanelOpeningApi, type PanelTab } from '@/entrypoints/background/side-panel';
import { SELECTION_MENU_TITLE } from '@/entrypoints/background/context-menu';
import { openShortcutSettings, type ShortcutApi } from '@/lib/welcome/shortcut';
import { useShortcut } from './useShortcut';

export interface OpenPanelSectionProps {
  firefox: boolean;
  shortcutApi?: ShortcutApi;
  panelApi?: PanelOpeningApi;
}

/** The three ways to open the panel, the shortcut the browser really assigned, and how to pin the button. */
export function OpenPanelSection({ firefox, shortcutApi, panelApi }: OpenPanelSectionProps) {
  const shortcut = useShortcut(shortcutApi);
  const here = useThisTab();
  const [problem, setProblem] = useState<string | null>(null);
  // Both browsers open a panel only inside the click itself, so nothing is awaited before it.
  const openPanel = () =>
    openPanelFor(here ?? {}, panelApi).then(
      () => setProblem(null),
      () => setProblem('The browser did not open the panel from here: use the toolbar button instead.'),
    );
  return (
    <section aria-labelledby="open-heading">
      <h2 id="open-heading">Open the panel</h2>
      <ul>
        <li>
          Click the <strong>Ownership Lens</strong> button in the toolbar (the lens with an “I”).
        </li>
        <li>
          Press{' '}
          {shortcut.status === 'assigned' ? (
            <kbd data-testid="shortcut">{shortcut.keys}</kbd>
          ) : shortcut.status === 'none' ? (
            <span data-testid="shortcut">
              a shortcut of your choice: none is assigned now (another extension or the browser may have taken
              Alt+Shift+O)
            </span>
          ) : (
            <span data-testid="shortcut">the shortcut (reading it from the browser…)</span>
          )}{' '}
          on a page.{' '}
          <button type="button" class="link-button" onClick={() => void openShortcutSettings(shortcutApi)}>
            Change the shortcut
          </button>
        </li>
        <li>
          Select text, right-click it and choose <strong>{SELECTION_MENU_TITLE}</strong>.
        </li>
      </ul>
      <p>
        <button type="button" onClick={() => void openPanel()}>
          Open the panel now
        </button>
      </p>
      {problem && <p role="alert">{problem}</p>}
      <h3>Keep the button in view</h3>
      {firefox ? (
        <p>
          If the button is inside the Extensions menu (the puzzle piece), open that menu, click the gear next to
          Ownership Lens and choose <strong>Pin to Toolbar</strong>. The panel opens in Firefox’s sidebar; you can also
          pick it from <strong>View → Sidebar</strong>.
        </p>
      ) : (
        <p>
          Click the Extensions button (the puzzle piece) in the toolbar, then the pin next to Ownership Lens. The panel
          opens in Chrome’s side panel, beside the page you are reading.
        </p>
      )}
    </section>
  );
}

/** This tab, so "Open the panel now" opens it in this window; read before any click. */
function useThisTab(): PanelTab | null {
  const [tab, setTab] = useState<PanelTab | null>(null);
  useEffect(() => {
    browser.tabs.getCurrent().then(
      (current) => setTab(current ? { id: current.id, windowId: current.windowId } : null),
      () => setTab(null),
    );
  }, []);
  return tab;
}
