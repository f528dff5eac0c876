import { describe, expect, it, vi } from 'vitest';
import { BADGE_LABELS, badgeFor, clearBadge, DEFAULT_TITLE, showBadge, type BadgeApi } from '@/lib/panel/badge';

function fakeAction() {
  const calls: Array<[string, unknown]> = [];
  const record = (name: string) => vi.fn(async (details: unknown) => void calls.push([name, details]));
  const api: BadgeApi = {
    setBadgeText: record('text'),
    setBadgeBackgroundColor: record('color'),
    setBadgeTextColor: record('textColor'),
    setTitle: record('title'),
  };
  return { api, calls };
}

describe('the toolbar badge', () => {
  it('says the band in a word of at most four letters, each band its own, and the title says it in full', () => {
    const labels = Object.values(BADGE_LABELS);
    expect(new Set(labels).size).toBe(3);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(4);
    expect(badgeFor(78.4, 'strong')).toMatchObject({
      text: 'Str',
      title: 'Ownership Lens: strong ownership, 78 out of 100, for the passage in the panel. Click to open it.',
    });
    expect(badgeFor(12, 'weak').text).toBe('Weak');
    expect(badgeFor(55, 'partial').title).toContain('partial ownership, 55 out of 100');
  });

  it('is set on the tab the passage came from, text, colour and title together, and cleared back to the default title', async () => {
    const { api, calls } = fakeAction();
    await showBadge(7, badgeFor(40, 'partial'), api);
    expect(calls).toEqual([
      ['text', { tabId: 7, text: 'Part' }],
      ['color', { tabId: 7, color: '#9a6700' }],
      ['textColor', { tabId: 7, color: '#ffffff' }],
      ['title', { tabId: 7, title: badgeFor(40, 'partial').title }],
    ]);
    calls.length = 0;
    await clearBadge(7, api);
    expect(calls).toEqual([
      ['text', { tabId: 7, text: '' }],
      ['title', { tabId: 7, title: DEFAULT_TITLE }],
    ]);
  });
});
