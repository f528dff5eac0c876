import { describe, expect, it } from 'vitest';
import type { PrincipleCoverage } from '@/lib/library/coverage';
import type { SnippetRow } from '@/lib/library/model';
import { cheatSheet } from '@/lib/prep/sheet';
import { renderCheatSheet } from '@/lib/prep/sheet-markdown';
import { proof, ready } from './readiness-fakes';

const REFUND = 'Refund tickets had doubled to 1,200 a week. Tickets fell 45% in 30 days.';
const questions = (...texts: string[]) =>
  texts.map((text) => ({ text, source: { kind: 'component' as const, id: 'decision' as const } }));

const refund = ready(
  1,
  'Refund triage',
  REFUND,
  {
    problem: ['Refund tickets had doubled to 1,200 a week'],
    metric: ['Tickets'],
    outcome: ['fell 45%'],
    timeframe: ['in 30 days'],
  },
  { score: 82, speakingSeconds: 95, questions: questions('What did you give up?', 'Who else owned it?', 'Third?') },
  [proof(1, ['fell 45%'])],
);
const pricing = ready(2, 'Pricing', 'We shipped a new page.', {}, { score: 20, speakingSeconds: 4 });

const PRINCIPLES = ['Ownership', 'Dive Deep', 'Frugality', 'Bias for Action', 'Earn Trust'];
/** Refund triage covers every principle but Frugality; Pricing covers Ownership. */
const coverage: PrincipleCoverage = {
  stories: [
    { id: 2, title: 'Pricing' },
    { id: 1, title: 'Refund triage' },
  ],
  rows: PRINCIPLES.map((principle) => ({
    principle,
    cells: [
      { storyId: 2, covered: principle === 'Ownership', byStory: true, snippetIds: [] },
      { storyId: 1, covered: principle !== 'Frugality', byStory: true, snippetIds: [] },
    ],
  })),
  uncovered: ['Frugality'],
};

const snippet = (id: number, text: string, score: number, principles: string[]): SnippetRow => ({
  id,
  text,
  note: '',
  tags: [],
  principles,
  score,
  band: score >= 70 ? 'strong' : 'partial',
  components: [],
  sourceTitle: '',
  sourceUrl: '',
  createdAt: id,
  updatedAt: id,
  normalized: '',
});

describe('cheatSheet', () => {
  const sheet = cheatSheet({
    stories: [refund, pricing],
    coverage,
    snippets: [
      snippet(1, 'I cut refund tickets 45%.', 85, ['Ownership']),
      snippet(2, 'I read 200 tickets.', 64, ['Dive Deep']),
      snippet(3, 'Better one.', 90, ['Ownership']),
    ],
  });

  it('gives each story its metric line, numbers with proof status and two weakest questions', () => {
    expect(sheet.stories[0]).toMatchObject({
      title: 'Refund triage',
      line: { text: 'I own the metric Tickets, which fell 45% in 30 days.' },
      numbers: [
        { kind: 'baseline', text: 'Refund tickets had doubled to 1,200 a week', proof: null },
        { kind: 'outcome', text: 'fell 45%', proof: 'dashboard: the numbers' },
      ],
      coverage: { proved: 1, total: 2 },
      weakest: ['What did you give up?', 'Who else owned it?'],
    });
  });

  it('flags principles with fewer than two stories and a story told for more than three', () => {
    expect(sheet.covered.map((p) => [p.principle, p.stories])).toEqual([
      ['Ownership', ['Pricing', 'Refund triage']],
      ['Dive Deep', ['Refund triage']],
      ['Bias for Action', ['Refund triage']],
      ['Earn Trust', ['Refund triage']],
    ]);
    expect(sheet.thin).toEqual(['Dive Deep', 'Bias for Action', 'Earn Trust']);
    expect(sheet.uncovered).toEqual(['Frugality']);
    expect(sheet.overused).toEqual([{ title: 'Refund triage', principles: 4 }]);
  });

  it('counts only the stories on the sheet', () => {
    const one = cheatSheet({ stories: [pricing], coverage, snippets: [] });
    expect(one.covered.map((p) => p.principle)).toEqual(['Ownership']);
    expect(one.overused).toEqual([]);
    expect(one.uncovered).toHaveLength(4);
  });

  it('renders as Markdown, slots and all', () => {
    expect(renderCheatSheet(sheet)).toBe(
      [
        '# Interview cheat sheet',
        '',
        '## Refund triage (82 · strong, 1 min 35 s, 1 of 2 claims proved)',
        '',
        'I own the metric Tickets, which fell 45% in 30 days.',
        '',
        'Key numbers:',
        '',
        '- Refund tickets had doubled to 1,200 a week (before): no proof yet',
        '- fell 45%: proof, dashboard: the numbers',
        '',
        'Weakest on:',
        '',
        '- What did you give up?',
        '- Who else owned it?',
        '',
        '## Pricing (20 · weak, 4 s, no quantified claim)',
        '',
        'I own the metric \\[metric\\], which moved \\[change\\] over \\[period\\].',
        '',
        'No quantified claim yet.',
        '',
        '## Principles',
        '',
        '- Ownership: Pricing, Refund triage',
        '- Dive Deep: Refund triage (needs a second story)',
        '- Bias for Action: Refund triage (needs a second story)',
        '- Earn Trust: Refund triage (needs a second story)',
        '',
        'No story yet for: Frugality.',
        '',
        'Warning: Refund triage is told for 4 principles; a bar raiser hears it too often. Keep a story to three.',
        '',
        '## Strongest phrasings',
        '',
        '- Ownership: Better one. _(90, strong)_',
        '- Dive Deep: I read 200 tickets. _(64, partial)_',
        '',
      ].join('\n'),
    );
    expect(
      renderCheatSheet(cheatSheet({ stories: [], coverage: { stories: [], rows: [], uncovered: [] }, snippets: [] })),
    ).toBe('# Interview cheat sheet\n\nNo stories yet.\n\n## Principles\n');
  });
});
