import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyze } from '@/lib/analysis';
import { hashPassage } from '@/lib/panel/passage-hash';
import {
  IGNORED_KEY,
  ignoredIn,
  ignoreKey,
  ignoreMatch,
  loadIgnored,
  MAX_IGNORED_MATCHES,
  normalizeIgnored,
  restoreAllIn,
  restoreMatch,
  watchIgnored,
} from '@/lib/settings/ignored';

beforeEach(() => fakeBrowser.reset());

const STORY = 'I helped with a lot of projects and was responsible for the roadmap. Users loved it.';

describe('"Not a problem here" matches', () => {
  it('are keyed by passage, rule and matched text', () => {
    const a = ignoreKey({ passage: 'p1', ruleId: 'weak-verb', text: 'helped' });
    expect(a).not.toBe(ignoreKey({ passage: 'p2', ruleId: 'weak-verb', text: 'helped' }));
    expect(a).not.toBe(ignoreKey({ passage: 'p1', ruleId: 'vague-quantifier', text: 'helped' }));
    expect(a).not.toBe(ignoreKey({ passage: 'p1', ruleId: 'weak-verb', text: 'worked on' }));
  });

  it('are remembered in storage and apply only to their own passage', async () => {
    const passage = hashPassage(STORY);
    await ignoreMatch({ passage, ruleId: 'weak-verb', text: 'helped' }, undefined, () => 10);
    const stored = await loadIgnored();
    expect(stored).toEqual([{ passage, ruleId: 'weak-verb', text: 'helped', at: 10 }]);
    expect(ignoredIn(stored, passage)).toEqual([{ ruleId: 'weak-verb', text: 'helped' }]);
    expect(ignoredIn(stored, hashPassage('Another story. I helped.'))).toEqual([]);
  });

  it('take the finding out of analyze() and change the score', async () => {
    const passage = hashPassage(STORY);
    const before = analyze(STORY);
    const weakVerb = before.findings.find((f) => f.ruleId === 'weak-verb');
    expect(weakVerb, 'the story has a weak verb').toBeDefined();
    await ignoreMatch({ passage, ruleId: weakVerb!.ruleId, text: weakVerb!.text });
    const after = analyze(STORY, { ignoredMatches: ignoredIn(await loadIgnored(), passage) });
    expect(after.findings.some((f) => f.ruleId === 'weak-verb')).toBe(false);
    expect(after.findings).toHaveLength(before.findings.length - 1);
    expect(after.score).toBeGreaterThanOrEqual(before.score);
  });

  it('are restored one at a time or all at once for a passage', async () => {
    await ignoreMatch({ passage: 'p1', ruleId: 'weak-verb', text: 'helped' });
    await ignoreMatch({ passage: 'p1', ruleId: 'praise-as-impact', text: 'Users loved it' });
    await ignoreMatch({ passage: 'p2', ruleId: 'weak-verb', text: 'helped' });
    await restoreMatch({ passage: 'p1', ruleId: 'weak-verb', text: 'helped' });
    expect((await loadIgnored()).map((m) => `${m.passage}:${m.ruleId}`)).toEqual([
      'p1:praise-as-impact',
      'p2:weak-verb',
    ]);
    await restoreAllIn('p1');
    expect((await loadIgnored()).map((m) => m.passage)).toEqual(['p2']);
  });

  it('ignoring twice keeps one entry', async () => {
    await ignoreMatch({ passage: 'p1', ruleId: 'weak-verb', text: 'helped' });
    await ignoreMatch({ passage: 'p1', ruleId: 'weak-verb', text: 'helped' });
    expect(await loadIgnored()).toHaveLength(1);
  });

  it('forget the oldest past the limit, and survive a damaged store', async () => {
    const many = Array.from({ length: MAX_IGNORED_MATCHES + 5 }, (_, i) => ({
      passage: `p${i}`,
      ruleId: 'r',
      text: 't',
      at: i,
    }));
    await fakeBrowser.storage.local.set({ [IGNORED_KEY]: [...many, { passage: 1 }, 'junk', null] });
    const list = await loadIgnored();
    expect(list).toHaveLength(MAX_IGNORED_MATCHES);
    expect(list[0]!.passage).toBe('p5');
    expect(normalizeIgnored({ not: 'a list' })).toEqual([]);
  });

  it('reach every open panel', async () => {
    const seen = vi.fn();
    const stop = watchIgnored(seen);
    await ignoreMatch({ passage: 'p1', ruleId: 'weak-verb', text: 'helped' }, undefined, () => 5);
    expect(seen).toHaveBeenLastCalledWith([{ passage: 'p1', ruleId: 'weak-verb', text: 'helped', at: 5 }]);
    stop();
  });
});
