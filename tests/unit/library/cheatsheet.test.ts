// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildCheatSheet, escapeMarkdown } from '@/lib/library/cheatsheet';
import { listPrinciples, removePrinciple } from '@/lib/library/principles';
import { saveSnippet } from '@/lib/library/snippets';
import { createStory } from '@/lib/library/stories';
import { fakeAnalyzer, useLibrary } from './helpers';
import { storyAnalyzer } from './story-fakes';

const snippetScores = {
  'I chose day-7 activation as the goal.': 85,
  'I killed the *beta* feature.': 72,
  'We shipped dashboards.': 30,
  'I read 200 tickets [raw] myself.': 64,
  'Loose   note.': 50,
};
const lib = useLibrary(fakeAnalyzer(snippetScores));

async function fixture() {
  for (const p of await listPrinciples(lib.db))
    if (!['Ownership', 'Dive Deep', 'Frugality'].includes(p)) await removePrinciple(p, lib.db);
  const storyDeps = { ...lib.deps, analyze: storyAnalyzer };
  const activation = await createStory(
    {
      title: 'Activation',
      problem: 'Conversion was stuck at 8%.',
      action: 'I chose day-7 activation as the goal.',
      result: 'Conversion rose from 8% to 9.6% in 30 days.',
    },
    storyDeps,
  );
  await createStory({ title: 'Billing', result: 'We saved $1.1M.' }, storyDeps);
  await createStory({ title: 'Draft' }, storyDeps);
  await saveSnippet(
    { text: 'I chose day-7 activation as the goal.', principles: ['Ownership'], storyId: activation.id },
    lib.deps,
  );
  await saveSnippet({ text: 'I killed the *beta* feature.', principles: ['Ownership'] }, lib.deps);
  await saveSnippet({ text: 'We shipped dashboards.', principles: ['Ownership'] }, lib.deps);
  await saveSnippet(
    { text: 'I read 200 tickets [raw] myself.', principles: ['Dive Deep'], storyId: activation.id },
    lib.deps,
  );
  await saveSnippet({ text: 'Loose   note.' }, lib.deps);
}

describe('buildCheatSheet', () => {
  it('groups the strongest phrasings by principle and lists every metric of every story', async () => {
    await fixture();
    expect(await buildCheatSheet({ topPerPrinciple: 2 }, lib.db)).toBe(
      [
        '# Interview cheat sheet',
        '',
        '## Strongest phrasings by principle',
        '',
        '### Ownership',
        '',
        '- I chose day-7 activation as the goal. _(85, strong; Activation)_',
        '- I killed the \\*beta\\* feature. _(72, strong)_',
        '',
        '### Dive Deep',
        '',
        '- I read 200 tickets \\[raw\\] myself. _(64, partial; Activation)_',
        '',
        '### No principle yet',
        '',
        '- Loose note. _(50, partial)_',
        '',
        'No phrasing yet for: Frugality.',
        '',
        '## Stories and their numbers',
        '',
        '### Activation (90, strong)',
        '',
        '- Conversion: 8%',
        '- Conversion: 8% → 9.6%',
        '',
        '### Billing (0, weak)',
        '',
        '- $1.1M (from "We saved $1.1M.")',
        '',
        '### Draft',
        '',
        'No metrics cited yet.',
        '',
      ].join('\n'),
    );
  });

  it('says so when the library is empty', async () => {
    for (const p of await listPrinciples(lib.db)) if (p !== 'Ownership') await removePrinciple(p, lib.db);
    expect(await buildCheatSheet({}, lib.db)).toBe(
      [
        '# Interview cheat sheet',
        '',
        '## Strongest phrasings by principle',
        '',
        'No phrasing yet for: Ownership.',
        '',
        '## Stories and their numbers',
        '',
        'No stories yet.',
        '',
      ].join('\n'),
    );
  });
});

describe('escapeMarkdown', () => {
  it('keeps user text literal and on one line', () => {
    expect(escapeMarkdown('a\n\n*b*  _c_ [d](e) <f> `g` | h \\ i')).toBe(
      'a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\| h \\\\ i',
    );
  });
});
