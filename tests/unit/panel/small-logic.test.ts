import { describe, expect, it, vi } from 'vitest';
import { analyze, COMPONENT_IDS } from '@/lib/analysis';
import { copyText, readClipboard } from '@/lib/panel/clipboard';
import { capPassage, formatCount, MAX_ANALYZED_CHARS } from '@/lib/panel/limits';
import { splitSlots, unfilledSlots } from '@/lib/panel/slots';
import { describeSource, marksInPage } from '@/lib/panel/source-label';
import { missingComponents, offersStoryTemplate, STORY_TEMPLATE_MIN_MISSING } from '@/lib/panel/story-template';
import { makeAnalysis } from '../components/fixtures';

describe('story template threshold', () => {
  it('is offered when five or more of the nine components are missing', () => {
    expect(STORY_TEMPLATE_MIN_MISSING).toBe(5);
    const present = (n: number) =>
      Object.fromEntries(COMPONENT_IDS.slice(0, n).map((id) => [id, `evidence for ${id}`]));
    expect(offersStoryTemplate(makeAnalysis({ words: 20 }, present(4)))).toBe(true); // 5 missing
    expect(offersStoryTemplate(makeAnalysis({ words: 20 }, present(5)))).toBe(false); // 4 missing
    expect(offersStoryTemplate(makeAnalysis({ words: 0 }, present(0)))).toBe(false); // nothing to score
    expect(missingComponents(makeAnalysis({}, present(6)))).toEqual(['scale', 'collaboration', 'learning']);
  });

  it('matches the analyzer: a thin story gets it, a full one does not', () => {
    expect(offersStoryTemplate(analyze('We shipped five features this quarter.'))).toBe(true);
    const strong =
      'Trial-to-paid conversion was stuck at 8%. I owned that metric, ran a pricing-page experiment with the finance lead ' +
      'and the analytics team for 30 days, and conversion rose to 9.6%, about $3M in new ARR; we then made the variant the ' +
      'default. I learned to agree on the guardrail metrics before launch.';
    expect(offersStoryTemplate(analyze(strong))).toBe(false);
  });
});

describe('capPassage', () => {
  it('leaves a story alone', () => {
    expect(capPassage('I cut costs.')).toEqual({ text: 'I cut costs.', truncated: false, fullLength: 12 });
  });

  it('cuts a huge selection at a word break before the limit, keeping offsets', () => {
    const big = 'word '.repeat(300_000);
    const capped = capPassage(big);
    expect(capped.truncated).toBe(true);
    expect(capped.fullLength).toBe(1_500_000);
    expect(capped.text.length).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(big.startsWith(capped.text)).toBe(true);
    expect(capped.text.endsWith('word')).toBe(true);
  });

  it('never splits a surrogate pair, even in text without spaces', () => {
    const capped = capPassage('😀'.repeat(20), 11);
    expect(capped.text).toBe('😀'.repeat(5));
  });

  it('formats counts', () => {
    expect(formatCount(1_048_576, 'character', 'en-US')).toBe('1,048,576 characters');
    expect(formatCount(1, 'word', 'en-US')).toBe('1 word');
  });
});

describe('slots', () => {
  it('lists the unfilled slots once each, and splits text around them', () => {
    expect(unfilledSlots('I cut [metric] by [X%] over [period], [X%].')).toEqual(['[metric]', '[X%]', '[period]']);
    expect(unfilledSlots('I cut churn by 4%.')).toEqual([]);
    expect(splitSlots('by [X%] now')).toEqual([
      { text: 'by ', slot: false },
      { text: '[X%]', slot: true },
      { text: ' now', slot: false },
    ]);
  });
});

describe('describeSource', () => {
  const at = { title: 'Interview notes', url: 'http://127.0.0.1:5000/notes.html' };
  it('says in words where the text came from', () => {
    expect(describeSource({ kind: 'textarea', ...at })).toBe('Selection in a text area on “Interview notes”');
    expect(describeSource({ kind: 'selection', ...at })).toBe('Selection in the page on “Interview notes”');
    expect(describeSource({ kind: 'contenteditable', editor: 'prosemirror', ...at })).toBe(
      'Selection in a ProseMirror editor on “Interview notes”',
    );
    expect(describeSource({ kind: 'contenteditable', ...at })).toBe('Selection in an editor on “Interview notes”');
    expect(
      describeSource({ kind: 'google-docs', title: 'Stories', url: 'https://docs.google.com/document/d/1/edit' }),
    ).toBe('Google Docs (annotated text): “Stories”');
    expect(describeSource({ kind: 'paste', title: '', url: '' })).toBe('Pasted into the panel');
    expect(describeSource({ kind: 'input', title: '', url: 'https://example.org/form' })).toBe(
      'Selection in a text field on “example.org”',
    );
  });

  it('knows which sources live in a page that can be marked', () => {
    expect(marksInPage('textarea')).toBe(true);
    expect(marksInPage('google-docs-export')).toBe(false);
    expect(marksInPage('paste')).toBe(false);
  });
});

describe('clipboard', () => {
  it('copies with the async clipboard, and reports a refusal honestly', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    expect(await copyText('x', { clipboard: { writeText, readText: vi.fn() } })).toBe(true);
    expect(writeText).toHaveBeenCalledWith('x');
    expect(
      await copyText('x', { clipboard: { writeText: () => Promise.reject(new Error('no focus')), readText: vi.fn() } }),
    ).toBe(false);
  });

  it('reads what was copied, or says it was denied or empty', async () => {
    expect(
      await readClipboard({ clipboard: { writeText: vi.fn(), readText: () => Promise.resolve('I cut costs.') } }),
    ).toEqual({ ok: true, text: 'I cut costs.' });
    expect(await readClipboard({ clipboard: { writeText: vi.fn(), readText: () => Promise.resolve('  ') } })).toEqual({
      ok: false,
      reason: 'empty',
    });
    expect(
      await readClipboard({
        clipboard: { writeText: vi.fn(), readText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
      }),
    ).toEqual({ ok: false, reason: 'denied' });
    expect(await readClipboard({})).toEqual({ ok: false, reason: 'denied' });
  });
});
