import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepare, splitSentences } from '@/lib/analysis/prepare';
import { classifyQuantities } from '@/lib/analysis/measures';
import { devPassages } from './labelled';

const whole = (text: string) =>
  Array.from(new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text), (s) => ({
    start: s.index,
    end: s.index + s.segment.length,
  }));

describe('splitSentences', () => {
  it('finds the same sentences as one Intl.Segmenter pass, window by window', () => {
    const stories = devPassages().map((p) => p.text);
    const long = `${'word '.repeat(700)}end. ${stories.join(' ')}`;
    expect(splitSentences(long)).toEqual(whole(long));
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom(...stories), fc.constantFrom('\n\n', 'Dr. Smith said so.', 'e.g. this', '?!', ' ')),
          { maxLength: 40 },
        ),
        (parts) => {
          const text = parts.join(' ');
          expect(splitSentences(text)).toEqual(whole(text));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('covers the text with no gap and no overlap', () => {
    const text = devPassages()
      .map((p) => p.text)
      .join('\n\n');
    const sentences = splitSentences(text);
    expect(sentences[0]!.start).toBe(0);
    expect(sentences.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < sentences.length; i++) expect(sentences[i]!.start).toBe(sentences[i - 1]!.end);
  });
});

describe('prepare', () => {
  it('keeps hyphenated words, apostrophes and decimal numbers as one token, with offsets into the text', () => {
    const text = "I single-handedly didn't cut p99 from 2.1% to 1,200 ms.";
    const { tokens } = prepare(text);
    expect(tokens.map((t) => t.text)).toEqual([
      'I',
      'single-handedly',
      "didn't",
      'cut',
      'p99',
      'from',
      '2.1',
      '%',
      'to',
      '1,200',
      'ms',
      '.',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['2.1', '1,200']);
  });

  it('folds case and typographic apostrophes, and counts words without punctuation', () => {
    const { tokens, words } = prepare('We’re DONE, I’d say.');
    expect(tokens.map((t) => t.lower)).toEqual(["we're", 'done', ',', "i'd", 'say', '.']);
    expect(words).toBe(4);
  });

  it('numbers clauses without gaps, each clause ending at , ; : or a sentence end', () => {
    const prep = prepare('I decided, then shipped; it worked. Next: more.');
    const clauses = prep.tokens.map((t) => t.clause);
    expect(clauses).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4]);
    expect(prep.clauses.length).toBe(5);
    expect(prep.sentences.map((s) => [s.firstToken, s.endToken])).toEqual([
      [0, 9],
      [9, 13],
    ]);
  });
});

describe('what each number is doing', () => {
  const roles = (text: string) => classifyQuantities(prepare(text)).map((m) => `${m.quantity.text}=${m.role}`);

  it.each([
    ['Contacts were 900 a month and fell 38%.', ['900=baseline', '38%=outcome']],
    ['Latency went from 480 ms to 310 ms.', ['480 ms=baseline', '310 ms=outcome']],
    [
      'We projected a 5% lift; I measured 6.1% more checkouts with 95% confidence.',
      ['5%=forecast', '6.1%=outcome', '95%=confidence'],
    ],
    ['I tested it with 15% of users for four weeks.', ['15%=share', 'four weeks=period']],
    ['I set a target of cutting costs by 10%.', ['10%=forecast']],
    ['I led a team of 6 and shipped five features.', ['6=size', 'five=size']],
    ['I retired the tool and moved its two engineers to search.', ['two=size']],
    ['Refund tickets had doubled to 1,200 a week.', ['doubled=baseline', '1,200=baseline']],
    ['It saved $2.6M a year, on a $40K budget.', ['$2.6M=outcome', '$40K=other']],
    ['Churn fell by a third and errors halved.', ['a third=outcome', 'halved=outcome']],
    // A plain earlier figure, then the same measure "later": the before and the after.
    [
      'Nobody knew, so I built the funnel: 41% finished. Two weeks later completion was 58%.',
      ['41%=baseline', 'Two weeks=other', '58%=outcome'],
    ],
    ['Fraud losses were running at 0.42% of volume.', ['0.42%=baseline']],
    ['Parts took an average of 12 days to arrive.', ['12 days=baseline']],
    [
      'Within 6 weeks tickets were down to 240 a month; costs are up 12%.',
      ['6 weeks=period', '240=outcome', '12%=outcome'],
    ],
    ['Schedulers approve swaps up to 4h before departure.', ['4h=other']],
    // Changes phrased without a plain number pair; the unit carries over from the other end.
    ['Page loads went from 4 seconds to under 1.', ['4 seconds=baseline', '1=outcome']],
    ['Page loads went to under 1 second.', ['1 second=outcome']],
    ['returns 22% -> 16.5% on test brands', ['22%=baseline', '16.5%=outcome']],
    ['acceptance 31 -> 38% vs prev cycle', ['31=baseline', '38%=outcome']],
    ['the real lift was 9%, from about 1,150 to 1,250 MQLs', ['9%=outcome', '1,150=baseline', '1,250=outcome']],
    ['A 4-week test showed mobile checkout conversion up 11%.', ['4-week=period', '11%=outcome']],
    ['Cost per acquisition came down by about a quarter.', ['a quarter=outcome']],
    ['I cut the queue to a third and doubled throughput.', ['a third=outcome', 'doubled=outcome']],
    ['Conversion +1.4pp vs holdout.', ['+1.4pp=outcome']],
    ['7-day retention rose to 31%.', ['7-day=other', '31%=outcome']],
    // A noun that plans nothing, and a month that is no modal.
    ['I cut churn on the basic plan from 4.1% to 3.2%.', ['4.1%=baseline', '3.2%=outcome']],
    ['In the final exam of May the pass rate became 78%.', ['78%=outcome']],
    // Set against a control or the old value: a measured result.
    ['The 48 test deals closed at 31% against 20% for the rest.', ['48=size', '31%=outcome', '20%=other']],
    ['It routed 8,000 a week instead of 4,000.', ['8,000=outcome', '4,000=size']],
    // …but the arms of a test are sizes, whatever they are set against.
    [
      'I ran it in 3 stores against 6 control stores, and in two depots against two control depots.',
      ['3=size', '6=size', 'two=size', 'two=size'],
    ],
    // An opening that names no one acting is the state before, once a later sentence has a result.
    [
      'Our game lost 40% of players at level 12. I eased the level and churn fell to 22%.',
      ['40%=baseline', '12=size', '22%=outcome'],
    ],
    ['Our game lost 40% of players at level 12.', ['40%=other', '12=size']],
    ['We lost 40% of players at level 12. I eased it and churn fell to 22%.', ['40%=other', '12=size', '22%=outcome']],
  ])('%s', (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
