/**
 * The panel's settings: which rules are on, whether findings are marked in the page, and whether
 * the toolbar button shows the band.
 * Kept in browser.storage.local, so they persist and every open panel sees a change at once.
 */
import { localStorageArea, watchKey, type PanelStorage } from './storage';

export const SETTINGS_KEY = 'panel.settings';

export interface PanelSettings {
  /** Rule ids the user switched off. */
  disabledRules: string[];
  /** Mark findings in the page itself with the CSS Custom Highlight API. */
  inPageHighlights: boolean;
  /** Show the scored passage's band on the toolbar button (lib/panel/badge.ts). */
  toolbarBadge: boolean;
}

export const DEFAULT_SETTINGS: Readonly<PanelSettings> = Object.freeze({
  disabledRules: [],
  inPageHighlights: true,
  toolbarBadge: true,
});

/** Whatever is stored (an older shape, a hand edit, nothing) becomes a valid PanelSettings. */
export function normalizeSettings(value: unknown): PanelSettings {
  const stored =
    typeof value === 'object' && value !== null ? (value as Partial<Record<keyof PanelSettings, unknown>>) : {};
  const disabled = Array.isArray(stored.disabledRules)
    ? stored.disabledRules.filter((id): id is string => typeof id === 'string')
    : [];
  return {
    disabledRules: [...new Set(disabled)].sort(),
    inPageHighlights:
      typeof stored.inPageHighlights === 'boolean' ? stored.inPageHighlights : DEFAULT_SETTINGS.inPageHighlights,
    toolbarBadge: typeof stored.toolbarBadge === 'boolean' ? stored.toolbarBadge : DEFAULT_SETTINGS.toolbarBadge,
  };
}

export async function loadSettings(storage: PanelStorage = localStorageArea()): Promise<PanelSettings> {
  const stored = await storage.area.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

/**
 * Reads, changes and writes back in one step. Two panels writing at the same moment can still
 * race; the last write wins, which for a checkbox is what the user last clicked.
 */
export async function updateSettings(
  change: (current: PanelSettings) => PanelSettings,
  storage: PanelStorage = localStorageArea(),
): Promise<PanelSettings> {
  const next = normalizeSettings(change(await loadSettings(storage)));
  await storage.area.set({ [SETTINGS_KEY]: next });
  return next;
}

export function setRuleEnabled(ruleId: string, enabled: boolean, storage?: PanelStorage): Promise<PanelSettings> {
  return updateSettings(
    (current) => ({
      ...current,
      disabledRules: enabled ? current.disabledRules.filter((id) => id !== ruleId) : [...current.disabledRules, ruleId],
    }),
    storage,
  );
}

export function setInPageHighlights(enabled: boolean, storage?: PanelStorage): Promise<PanelSettings> {
  return updateSettings((current) => ({ ...current, inPageHighlights: enabled }), storage);
}

export function setToolbarBadge(enabled: boolean, storage?: PanelStorage): Promise<PanelSettings> {
  return updateSettings((current) => ({ ...current, toolbarBadge: enabled }), storage);
}

/** Calls `onSettings` with the new settings whenever any panel changes them. */
export function watchSettings(
  onSettings: (settings: PanelSettings) => void,
  storage: PanelStorage = localStorageArea(),
): () => void {
  return watchKey(storage, SETTINGS_KEY, (value) => onSettings(normalizeSettings(value)));
}
