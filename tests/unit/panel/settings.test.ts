import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  SETTINGS_KEY,
  setInPageHighlights,
  setRuleEnabled,
  setToolbarBadge,
  watchSettings,
} from '@/lib/settings/settings';

beforeEach(() => fakeBrowser.reset());

describe('panel settings in browser.storage.local', () => {
  it('starts with every rule on, in-page highlights on and the toolbar badge on', async () => {
    expect(await loadSettings()).toEqual({ disabledRules: [], inPageHighlights: true, toolbarBadge: true });
    expect(DEFAULT_SETTINGS.inPageHighlights).toBe(true);
  });

  it('switches a rule off and on again, and keeps it in storage', async () => {
    await setRuleEnabled('weak-verb', false);
    await setRuleEnabled('hedged-outcome', false);
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({
      disabledRules: ['hedged-outcome', 'weak-verb'],
      inPageHighlights: true,
      toolbarBadge: true,
    });
    await setRuleEnabled('weak-verb', false);
    expect((await loadSettings()).disabledRules).toEqual(['hedged-outcome', 'weak-verb']);
    await setRuleEnabled('weak-verb', true);
    expect((await loadSettings()).disabledRules).toEqual(['hedged-outcome']);
  });

  it('turns in-page highlights off without touching the rules', async () => {
    await setRuleEnabled('weak-verb', false);
    await setInPageHighlights(false);
    expect(await loadSettings()).toEqual({ disabledRules: ['weak-verb'], inPageHighlights: false, toolbarBadge: true });
  });

  it('turns the toolbar badge off and on without touching the rest', async () => {
    await setInPageHighlights(false);
    await setToolbarBadge(false);
    expect(await loadSettings()).toEqual({ disabledRules: [], inPageHighlights: false, toolbarBadge: false });
    await setToolbarBadge(true);
    expect((await loadSettings()).toolbarBadge).toBe(true);
  });

  it('reads whatever is stored as valid settings', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ disabledRules: ['b', 3, 'a', 'b'], inPageHighlights: 'no', toolbarBadge: 0 })).toEqual({
      disabledRules: ['a', 'b'],
      inPageHighlights: true,
      toolbarBadge: true,
    });
    // Settings saved before the badge existed keep their choices and get the badge on.
    expect(normalizeSettings({ disabledRules: ['a'], inPageHighlights: false })).toEqual({
      disabledRules: ['a'],
      inPageHighlights: false,
      toolbarBadge: true,
    });
  });

  it('tells every open panel about a change, whichever panel made it', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await setRuleEnabled('weak-verb', false);
    expect(seen).toHaveBeenLastCalledWith({ disabledRules: ['weak-verb'], inPageHighlights: true, toolbarBadge: true });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    await setInPageHighlights(false);
    expect(seen).toHaveBeenCalledTimes(1);
  });
});
