import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, COMPONENT_IDS, type Analysis } from '@/lib/analysis';
import { devPassages } from './labelled';

/** Every invariant a caller relies on, for any input; violations are collected so huge inputs stay fast. */
function violations(text: string, a: Analysis): string[] {
  const out: string[] = [];
  if (!Number.isInteger(a.score) || a.score < 0 || a.score > 100) out.push(`score ${a.score}`);
  if (!['weak', 'partial', 'strong'].includes(a.band)) out.push(`band ${a.band}`);
  if (a.questions.length > 3) out.push(`${a.questions.length} questions`);
  const spans = [...a.findings, ...COMPONENT_IDS.flatMap((id) => a.components[id].spans)];
  for (const id of COMPONENT_IDS)
    if (a.components[id].present !== a.components[id].spans.length > 0) out.push(`${id} present without spans`);
  for (const s of spans) {
    if (!(s.start >= 0 && s.start < s.end && s.end <= text.length))
      out.push(`span ${s.start}-${s.end} of ${text.length}`);
    else if (text.slice(s.start, s.end) !== s.text)
      out.push(`span ${s.start}-${s.end} is not ${JSON.stringify(s.text)}`);
    if (out.length > 5) break;
  }
  return out;
}

function analyzeTwice(text: string): Analysis {
  const first = analyze(text);
  expect(violations(text, first)).toEqual([]);
  expect(JSON.stringify(analyze(text))).toBe(JSON.stringify(first));
  return first;
}

const story = fc.constantFrom(...devPassages().map((p) => p.text));
const unicodeChunk = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '😀',
    '👩🏽‍💻',
    'e\u0301',
    'ﷺ',
    'مرحبا بالعالم',
    'שלום',
    '\u202Eevil\u202C',
    '\u0000',
    '\uD800',
    '\uDC00',
    '\r\n',
    '\t',
    '…',
    '—',
    '%',
    '$',
    '1,200',
    '3.2%',
  ),
);

describe('analyze on any input', () => {
  it('never throws, keeps every offset in bounds, and answers the same twice', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(story, unicodeChunk), { maxLength: 12 }), (parts) => {
        analyzeTwice(parts.join(' '));
      }),
      { numRuns: 300 },
    );
  });

  it('survives words glued to numbers, punctuation and symbols', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'I',
            'we',
            'cut',
            'by',
            'from',
            'to',
            '40',
            '%',
            '$',
            '2.1',
            'ms',
            'weeks',
            'the',
            'team',
            'was',
            'made',
            'should',
            ',',
            ';',
            ':',
            '.',
            '-',
            "'",
            '’',
            'single-handedly',
            'a/b',
          ),
          { maxLength: 60 },
        ),
        fc.constantFrom('', ' '),
        (words, glue) => {
          analyzeTwice(words.join(glue));
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ['an empty string', ''],
    ['whitespace only', ' \n\t\u00a0\u2003 '],
    ['NUL characters', 'I\u0000cut\u0000costs\u0000by 40%\u0000'],
    ['emoji and combining marks', '🚀 I cafe\u0301 decided 👩🏽‍💻 to cut p99 latency from 480 ms to 310 ms 🎉 in Q3.'],
    ['right-to-left text', 'خفضت زمن الاستجابة بنسبة 40% في الربع الثالث. I cut latency by 40% ‏in Q3‏.'],
    ['lone surrogates', '\uD800 I helped \uDC00 a lot of teams'],
  ])('handles %s', (_name, text) => {
    const a = analyzeTwice(text);
    if (!text.trim()) {
      expect(a).toMatchObject({ score: 0, band: 'weak', findings: [], questions: [], words: 0 });
    }
  });

  it('handles a single word repeated 100,000 times', { timeout: 90_000 }, () => {
    for (const word of ['solely ', 'many ', 'we ', 'was made ']) {
      const text = word.repeat(100_000);
      const a = analyzeTwice(text);
      expect(a.words).toBe(word.trim().split(' ').length * 100_000);
    }
  });

  it('handles 1 MB of random text', { timeout: 60_000 }, () => {
    const random = fc
      .sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), { numRuns: 1000, seed: 42 })
      .join('');
    expect(random.length).toBeGreaterThanOrEqual(1_000_000);
    analyzeTwice(random);
  });

  it('handles 1 MB of interview stories', { timeout: 60_000 }, () => {
    const stories = devPassages().map((p) => p.text);
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `${stories[i % stories.length]}${i % 4 ? ' ' : '\n\n'}`;
    const a = analyzeTwice(text);
    expect(a.findings.length).toBeGreaterThan(1000);
  });
});
