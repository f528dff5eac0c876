/**
 * The toolbar badge: the band of the passage the panel is scoring, on the button of the tab it
 * came from. A short word, never a colour alone, and the button's title says it in full.
 */
import { browser } from 'wxt/browser';
import type { Band } from '@/lib/analysis';

export interface ToolbarBadge {
  text: string;
  title: string;
  color: string;
}

/** At most four letters: what a toolbar badge shows whole in both browsers. */
export const BADGE_LABELS: Record<Band, string> = { weak: 'Weak', partial: 'Part', strong: 'Str' };

/** The panel's own band colours (entrypoints/sidepanel/style.css), dark enough for white letters. */
const BADGE_COLORS: Record<Band, string> = { weak: '#cf222e', partial: '#9a6700', strong: '#1a7f37' };

/** The manifest's title, which the button goes back to when no passage is scored. */
export const DEFAULT_TITLE = 'Open Ownership Lens';

export function badgeFor(score: number, band: Band): ToolbarBadge {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  return {
    text: BADGE_LABELS[band],
    title: `Ownership Lens: ${band} ownership, ${value} out of 100, for the passage in the panel. Click to open it.`,
    color: BADGE_COLORS[band],
  };
}

export interface BadgeApi {
  setBadgeText(details: { text: string; tabId?: number }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string; tabId?: number }): Promise<void>;
  setBadgeTextColor?(details: { color: string; tabId?: number }): Promise<void>;
  setTitle(details: { title: string; tabId?: number }): Promise<void>;
}

/** MV3's action in both browsers; browserAction where an MV2 build still runs. */
export function toolbarAction(): BadgeApi | undefined {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction;
}

export async function showBadge(tabId: number, badge: ToolbarBadge, api = toolbarAction()): Promise<void> {
  if (!api) return;
  await Promise.all([
    api.setBadgeText({ tabId, text: badge.text }),
    api.setBadgeBackgroundColor({ tabId, color: badge.color }),
    api.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    api.setTitle({ tabId, title: badge.title }),
  ]);
}

export async function clearBadge(tabId: number, api = toolbarAction()): Promise<void> {
  if (!api) return;
  await Promise.all([api.setBadgeText({ tabId, text: '' }), api.setTitle({ tabId, title: DEFAULT_TITLE })]);
}
