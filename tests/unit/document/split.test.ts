import { describe, expect, it } from 'vitest';
import { blocksOfEditorText, blocksOfPlainText, splitStories, storiesOf } from '@/lib/document/split';

const titles = (text: string) => storiesOf({ text }).map((s) => s.title);

describe('how a document becomes stories', () => {
  it('plain text with blank lines: a heading and the paragraphs under it are one story; hand-wrapped lines stay one paragraph', () => {
    const text = [
      '# Interview notes',
      '',
      '## Courier cost',
      '',
      'Courier cost per order had crept up to $4.80.',
      'I chose cost per delivered order as the goal.',
      '',
      'Cost per order fell 17% in four weeks.',
      '',
      '## Parts search',
      '',
      'I decided to replace the keyword ranker.',
    ].join('\n');
    const stories = storiesOf({ text });
    expect(stories.map((s) => s.title)).toEqual(['Courier cost', 'Parts search']);
    expect(stories[0]!.paragraphs).toEqual([
      'Courier cost per order had crept up to $4.80.\nI chose cost per delivered order as the goal.',
      'Cost per order fell 17% in four weeks.',
    ]);
    // The body is exactly the document's text between its offsets: what selecting it captures.
    expect(text.slice(stories[0]!.start, stories[0]!.end)).toBe(stories[0]!.text);
    expect(stories[0]!.headed).toBe(true);
  });

  it('a Docs export (one line a paragraph, no blank lines): short title lines are headings, sentences are not', () => {
    const text =
      'Pricing story\r\nThe pricing page was redesigned.\r\nI decided to drop the annual plan.\r\nOnboarding\r\nI cut the wizard to three steps.';
    const stories = storiesOf({ text });
    expect(stories.map((s) => [s.title, s.paragraphs.length])).toEqual([
      ['Pricing story', 2],
      ['Onboarding', 1],
    ]);
    expect(stories[0]!.text).toBe('The pricing page was redesigned.\r\nI decided to drop the annual plan.');
  });

  it('paragraphs with no heading above are a story each, titled by their first eight words', () => {
    expect(
      titles(
        'I was responsible for the onboarding revamp and we shipped it in May.\n\nTickets fell 38% to 560 a week after I cut the wizard.',
      ),
    ).toEqual(['I was responsible for the onboarding revamp and…', 'Tickets fell 38% to 560 a week after…']);
  });

  it('a heading with nothing under it is no story, and lines with no words are no paragraph', () => {
    expect(titles('# Notes\n\n---\n\n## Empty\n\n## Real\n\nI decided to ship.')).toEqual(['Real']);
  });

  it('a long line without end punctuation is a paragraph, not a heading; a bullet is never a heading', () => {
    const blocks = blocksOfPlainText(
      'I ran the pricing experiment for six weeks with two regions and then rolled it out\n- shipped it',
    );
    expect(blocks.map((b) => b.heading)).toEqual([false, false]);
  });

  it("an editor's own headings decide when it marks any, and each line is a paragraph", () => {
    const text = 'Title\nShort line\nI decided.\nNext story\nWe shipped.';
    const heading = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const stories = splitStories(text, blocksOfEditorText(text, [heading('Title'), heading('Next story')]));
    expect(stories.map((s) => [s.title, s.paragraphs])).toEqual([
      ['Title', ['Short line', 'I decided.']],
      ['Next story', ['We shipped.']],
    ]);
    // With no heading marked, the plain-text rule finds them: "Title" then has nothing under it.
    expect(splitStories(text, blocksOfEditorText(text, [])).map((s) => s.title)).toEqual(['Short line', 'Next story']);
  });
});
