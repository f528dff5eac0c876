import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { quotedRanges } from '@/lib/analysis/quotes';

const quoted = (text: string) => quotedRanges(text).map((r) => text.slice(r.start, r.end));

describe('quotedRanges', () => {
  it('finds straight and curly quotes, marks included', () => {
    expect(quoted(`She asked 'could we ship by May?' and "maybe" was the answer; “fine,” I said.`)).toEqual([
      "'could we ship by May?'",
      '"maybe"',
      '“fine,”',
    ]);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quoted("The team's fix and the users' logins didn't change.")).toEqual([]);
    expect(quoted("He said 'we can't do it' twice.")).toEqual(["'we can't do it'"]);
  });

  it('finds none in text without quote marks', () => {
    expect(quoted('I cut costs 10% in Q2.')).toEqual([]);
  });
});

describe('findings inside quotes', () => {
  const categories = (text: string) => analyze(text).findings.map((f) => `${f.category}:${f.text}`);

  it('leaves out hedges and weak verbs that are someone else’s words', () => {
    const text = "A survey asked 'could you apply online if we helped you by phone?' and 88% said yes.";
    expect(categories(text).filter((c) => c.startsWith('weak-verb') || c.startsWith('hedge'))).toEqual([]);
    expect(categories('I helped the team and we might ship it.')).toEqual(expect.arrayContaining(['weak-verb:helped']));
  });

  it('still reports praise quoted as evidence', () => {
    expect(categories('My VP said "this was a huge win".')).toContain('vague-impact:huge win');
  });
});
