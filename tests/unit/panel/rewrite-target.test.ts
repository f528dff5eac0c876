import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { isSentenceRewrite, replaceTarget, rewriteTarget, sentenceAround } from '@/lib/panel/rewrite-target';

const around = (text: string, word: string) => {
  const start = text.indexOf(word);
  const { start: s, end: e } = sentenceAround(text, start, start + word.length);
  return text.slice(s, e);
};

describe('sentenceAround', () => {
  it('finds the sentence a span is in, without surrounding space', () => {
    const text = 'Tickets doubled. I helped fix it! Then we  shipped it?  Done';
    expect(around(text, 'helped')).toBe('I helped fix it!');
    expect(around(text, 'Tickets')).toBe('Tickets doubled.');
    expect(around(text, 'shipped')).toBe('Then we  shipped it?');
    expect(around(text, 'Done')).toBe('Done');
  });

  it('does not end a sentence inside a number or at a line-less abbreviation mark', () => {
    const text = 'Conversion rose from 2.1% to 3.4% after I helped. Next.';
    expect(around(text, 'helped')).toBe('Conversion rose from 2.1% to 3.4% after I helped.');
  });

  it('treats a line break as a sentence end, and keeps closing quotes', () => {
    expect(around('Notes\nI helped the team\nMore', 'helped')).toBe('I helped the team');
    expect(around('He said “I helped.” Then left.', 'helped')).toBe('He said “I helped.”');
  });

  it('keeps all of a span that runs across sentences', () => {
    const text = 'One. Two. Three.';
    expect(sentenceAround(text, 2, 7)).toEqual({ start: 0, end: 9 });
  });
});

describe('rewriteTarget', () => {
  it('replaces the sentence for a sentence rewrite and the words for a phrase rewrite', () => {
    expect(isSentenceRewrite('I cut [metric] by [X%].')).toBe(true);
    expect(isSentenceRewrite('from [before] to [after]')).toBe(false);
    const text = 'Tickets doubled. Costs fell significantly after I helped.';
    const phrase = rewriteTarget(text, {
      start: text.indexOf('significantly'),
      end: text.indexOf('significantly') + 13,
      rewrite: { template: 'from [before] to [after]', filled: '' },
    });
    expect(phrase).toMatchObject({ kind: 'phrase', text: 'significantly' });
    const sentence = rewriteTarget(text, {
      start: text.indexOf('helped'),
      end: text.indexOf('helped') + 6,
      rewrite: { template: 'I [did] it.', filled: '' },
    });
    expect(sentence).toMatchObject({ kind: 'sentence', text: 'Costs fell significantly after I helped.' });
    expect(replaceTarget(text, sentence, 'I cut costs 12%.')).toBe('Tickets doubled. I cut costs 12%.');
  });

  it('gives every analyzer finding a target that contains it', () => {
    const text =
      'Refund tickets had doubled. I was responsible for support tooling and helped with a lot of fixes. ' +
      'The API was rewritten and it should reduce costs significantly. Users loved it.';
    const { findings } = analyze(text);
    expect(findings.length).toBeGreaterThan(3);
    for (const finding of findings) {
      const target = rewriteTarget(text, finding);
      expect(target.start).toBeLessThanOrEqual(finding.start);
      expect(target.end).toBeGreaterThanOrEqual(finding.end);
      expect(target.text).toContain(finding.text);
    }
  });
});
