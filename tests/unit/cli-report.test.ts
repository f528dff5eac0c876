import { describe, expect, it } from 'vitest';
import { ansiPalette, colorEnabled, plainPalette, wrapLine } from '../../lib/cli/color';
import { markPassage } from '../../lib/cli/marks';
import { describeSpeakingTime, renderPassageReport } from '../../lib/cli/report';
import { findingOn, handBuiltAnalysis } from '../fixtures/cli/hand-built-analysis';
import { COMPONENT_DETECTORS } from '@/lib/analysis';

const ANSI = /\x1b\[[0-9;]*m/;
const ANSI_ALL = /\x1b\[[0-9;]*m/g;

const STORY = 'I worked on the billing migration. The API was rewritten and it was a big success.';
const FINDINGS = [
  findingOn(STORY, 'worked on', 'weak-verb'),
  findingOn(STORY, 'The API was rewritten', 'passive', 'info'),
  findingOn(STORY, 'it was a big success', 'vague-impact', 'error'),
];

function report(analysis = handBuiltAnalysis(STORY, FINDINGS, { decision: 'I worked on' }), palette = plainPalette) {
  return renderPassageReport({ text: STORY, analysis, title: 'Paragraph 1 of 1 · line 3', palette, width: Infinity });
}

describe('markPassage', () => {
  it('brackets each finding where it occurs, labelled with its category', () => {
    expect(markPassage(STORY, FINDINGS, plainPalette).text).toBe(
      'I [weak-verb: worked on] the billing migration. [passive: The API was rewritten] and [vague-impact: it was a big success].',
    );
  });

  it('nests a finding inside a longer one and shares one mark between findings on the same span', () => {
    const text = 'We helped ship it.';
    const findings = [
      findingOn(text, 'helped', 'weak-verb'),
      findingOn(text, 'We helped ship it', 'team-only'),
      findingOn(text, 'We helped ship it', 'output-not-outcome'),
    ];
    expect(markPassage(text, findings, plainPalette).text).toBe(
      '[team-only, output-not-outcome: We [weak-verb: helped] ship it].',
    );
  });

  it('returns a finding that crosses another mark instead of breaking the brackets', () => {
    const text = 'The plan was approved quickly by nobody.';
    const passive = findingOn(text, 'The plan was approved', 'passive');
    const crossing = findingOn(text, 'approved quickly', 'vague-impact');
    const marked = markPassage(text, [crossing, passive], plainPalette);
    expect(marked.text).toBe('[passive: The plan was approved] quickly by nobody.');
    expect(marked.crossing).toEqual([crossing]);
  });

  it('shows an empty finding as a bare label at its offset', () => {
    const text = 'We shipped it.';
    const empty = { ...findingOn(text, 'We shipped it', 'team-only'), start: 0, end: 0, text: '' };
    expect(markPassage(text, [empty], plainPalette).text).toBe('[team-only]We shipped it.');
  });

  it('keeps every character of the passage, in order, around the marks', () => {
    const unmarked = markPassage(STORY, FINDINGS, plainPalette)
      .text.replace(/\[[a-z-]+(?:, [a-z-]+)*: ?/g, '')
      .replace(/\]/g, '');
    expect(unmarked).toBe(STORY);
  });
});

describe('renderPassageReport', () => {
  it('has no escape codes when color is off', () => {
    expect(report()).not.toMatch(ANSI);
  });

  it('colors when on, and still says everything in words', () => {
    const colored = report(undefined, ansiPalette);
    expect(colored).toMatch(ANSI);
    expect(colored.replace(ANSI_ALL, '')).toBe(report());
  });

  it('shows the marked passage, the score and the band', () => {
    const text = report(handBuiltAnalysis(STORY, FINDINGS, {}, { score: 72, band: 'strong' }));
    expect(text).toContain('  I [weak-verb: worked on] the billing migration.');
    expect(text).toMatch(/Score\s+72\/100 · strong/);
  });

  it('ticks present components with their evidence and asks the question for missing ones', () => {
    const text = report();
    expect(text).toMatch(/✓ decision\s+"I worked on"/);
    expect(text).toMatch(/✗ metric\s+Which metric did you own\?/);
    expect(text).toContain(`✗ collaboration  ${COMPONENT_DETECTORS.collaboration.question}`);
    expect(text).toContain('Components     1 of 9');
  });

  it('prefers the question the analysis asked for a missing component', () => {
    const analysis = handBuiltAnalysis(
      STORY,
      FINDINGS,
      {},
      {
        questions: [{ text: 'Over how many weeks?', source: { kind: 'component', id: 'timeframe' } }],
      },
    );
    expect(report(analysis)).toMatch(/✗ timeframe\s+Over how many weeks\?/);
  });

  it('lists the questions, and one BAD → GOOD rewrite per finding', () => {
    const text = report();
    expect(text).toContain('1. Which metric did you own?');
    for (const finding of FINDINGS) {
      expect(text).toContain(`[${finding.category}] ${finding.category} message`);
      expect(text).toContain(`BAD  → "${finding.text}"`);
      expect(text).toContain(`GOOD → ${finding.rewrite.filled}`);
    }
    expect(text.match(/BAD {2}→/g)).toHaveLength(FINDINGS.length);
  });

  it('says so when there is nothing to rewrite', () => {
    expect(report(handBuiltAnalysis(STORY, []))).toContain('none: no weak phrasing found');
  });
});

describe('describeSpeakingTime', () => {
  it('measures against the two-minute target', () => {
    expect(describeSpeakingTime(48, plainPalette)).toBe('~48 s (target under 2:00, ideal about 1:30)');
    expect(describeSpeakingTime(120, plainPalette)).toBe('~2:00 (target under 2:00, ideal about 1:30)');
  });

  it('says when a story runs over', () => {
    expect(describeSpeakingTime(160, plainPalette)).toBe('~2:40, OVER the 2:00 target by 40 s');
  });
});

describe('colorEnabled', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ TERM: 'dumb' }, true, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
  ])('env %j, terminal %s → %s', (env, isTTY, expected) => {
    expect(colorEnabled(env, isTTY)).toBe(expected);
  });
});

describe('wrapLine', () => {
  it('wraps at spaces, keeps the indent and ignores escape codes when measuring', () => {
    const line = `  one two ${ansiPalette.flagged('three', 'error')} four`;
    expect(wrapLine(line, 15).replace(ANSI_ALL, '')).toBe('  one two three\n  four');
  });

  it('hangs a numbered item under its text', () => {
    expect(wrapLine('    1. Which metric did you own?', 22, '       ')).toBe(
      '    1. Which metric\n       did you own?',
    );
  });

  it('leaves a line that fits, or an infinite width, alone', () => {
    expect(wrapLine('  short line', 80)).toBe('  short line');
    expect(wrapLine(`  ${'word '.repeat(50)}`, Infinity)).toBe(`  ${'word '.repeat(50)}`);
  });
});
