// @vitest-environment happy-dom
/**
 * The downloaded cheat sheet, read as a Markdown renderer reads it: every piece of the user's
 * text is rendered with a real CommonMark + GFM parser (micromark with its GFM extension) and
 * must come back as the same text, in the element the cheat sheet meant, with no markup of its own.
 */
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { renderCheatSheet, type CheatSheetData } from '@/lib/library/cheatsheet';
import type { SnippetRow, StoryRow } from '@/lib/library/model';

function render(markdown: string): HTMLElement {
  const root = document.createElement('div');
  // The parser's own HTML output, parsed by the test's DOM; this is the test reading it, not the extension.
  root.innerHTML = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return root;
}

/** The user's text as the cheat sheet shows it: on one line, whitespace collapsed. */
const asLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const snippet = (text: string, principle: string, storyId?: number): SnippetRow => ({
  id: 1,
  text,
  note: '',
  tags: [],
  principles: [principle],
  ...(storyId === undefined ? {} : { storyId }),
  score: 80,
  band: 'strong',
  components: [],
  sourceTitle: '',
  sourceUrl: '',
  createdAt: 1,
  updatedAt: 1,
  normalized: '',
  words: [],
  wordFields: [0, 0],
});

const story = (title: string, metrics: StoryRow['metrics']): StoryRow => ({
  id: 7,
  title,
  titleKey: '',
  problem: '',
  action: '',
  result: '',
  learning: '',
  principles: [],
  metrics,
  scoreHistory: [{ score: 72, band: 'strong', at: 1 }],
  createdAt: 1,
  updatedAt: 1,
});

interface UserText {
  text: string;
  principle: string;
  gap: string;
  title: string;
  metricName: string;
  metricValue: string;
  quote: string;
}

function sheetOf(u: UserText): { data: CheatSheetData; rendered: HTMLElement } {
  const data: CheatSheetData = {
    principles: [u.principle, u.gap],
    snippets: [snippet(u.text, u.principle, 7)],
    stories: [
      story(u.title, [
        { name: u.metricName, value: u.metricValue, origin: 'user' },
        { name: '', value: u.metricValue, origin: 'text', quote: u.quote },
      ]),
    ],
  };
  return { data, rendered: render(renderCheatSheet(data)) };
}

/** Every element the cheat sheet writes; anything else came from the user's text. */
const SHEET_ELEMENTS = new Set(['H1', 'H2', 'H3', 'UL', 'LI', 'EM', 'P']);

function expectTextBack(u: UserText): void {
  const { rendered } = sheetOf(u);
  const elements = [...rendered.querySelectorAll('*')].map((e) => e.tagName);
  expect(elements.filter((t) => !SHEET_ELEMENTS.has(t))).toEqual([]);
  const headings = [...rendered.querySelectorAll('h3')].map((h) => h.textContent);
  expect(headings).toEqual([asLine(u.principle), `${asLine(u.title)} (72, strong)`]);
  const items = [...rendered.querySelectorAll('li')];
  expect(items.map((li) => li.textContent)).toEqual([
    `${asLine(u.text)} (80, strong; ${asLine(u.title)})`,
    asLine(u.metricName) ? `${asLine(u.metricName)}: ${asLine(u.metricValue)}` : asLine(u.metricValue),
    `${asLine(u.metricValue)}${u.quote ? ` (from "${asLine(u.quote)}")` : ''}`,
  ]);
  // The one emphasis is the cheat sheet's own: the score after the phrasing.
  expect([...rendered.querySelectorAll('em')].map((e) => e.textContent)).toEqual([`(80, strong; ${asLine(u.title)})`]);
  expect(rendered.querySelector('p:last-of-type')?.textContent).toBe(`No phrasing yet for: ${asLine(u.gap)}.`);
}

const plain: UserText = {
  text: 'I cut refunds 45%.',
  principle: 'Ownership',
  gap: 'Frugality',
  title: 'Refunds',
  metricName: 'refunds',
  metricValue: '45%',
  quote: 'Refunds fell 45%.',
};

describe('the cheat sheet read by a CommonMark + GFM renderer', () => {
  it.each([
    ['a heading', '# Shipped it'],
    ['an ordered list with a dot', '1. Cut costs'],
    ['an ordered list with a parenthesis', '2) Raised revenue'],
    ['a bullet with a dash', '- Cut costs'],
    ['a bullet with a plus', '+ Cut costs'],
    ['strikethrough', 'I ~~never~~ always owned it'],
    ['a single-tilde strikethrough', 'I ~never~ owned it'],
    ['a thematic break', '- - -'],
    ['a closing heading sequence', 'Shipped it #'],
    ['a character reference', 'R&amp;D and &#35;1 and &copy;'],
    ['a www autolink', 'see www.example.com for the doc'],
    ['a URL autolink', 'see https://example.com/doc'],
    ['an email autolink', 'ask lead@example.com'],
    ['a task list item', '[ ] done'],
    ['a table row', 'a | b'],
    ['a blockquote', '> quoted'],
    ['a trailing backslash', 'ends with \\'],
  ])('keeps %s as text in every field', (_label, hostile) => {
    for (const field of Object.keys(plain) as Array<keyof UserText>) expectTextBack({ ...plain, [field]: hostile });
  });

  it('keeps any text made of Markdown pieces as text', () => {
    const pieces = [
      '#',
      '# ',
      '1. ',
      '2) ',
      '- ',
      '+ ',
      '* ',
      '~~',
      '~',
      '_',
      '**',
      '`',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '!',
      '|',
      '\\',
      '&',
      'amp;',
      '#35;',
      'www.',
      'WWW.',
      'http://',
      'https://',
      'mailto:',
      'a@b.co',
      '@',
      ':',
      '=',
      '---',
      '***',
      ' ',
      '  ',
      '\n',
      '\t',
      'word',
      'x.com',
      '9',
      '.',
      '"',
      "'",
    ];
    const userText = fc
      .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join(''))
      .filter((t) => asLine(t) !== '');
    fc.assert(
      fc.property(
        fc.record({
          text: userText,
          principle: userText,
          gap: userText,
          title: userText,
          metricName: fc.oneof(userText, fc.constant('')),
          metricValue: userText,
          quote: fc.oneof(userText, fc.constant('')),
        }),
        (u) => {
          fc.pre(asLine(u.principle) !== asLine(u.gap));
          expectTextBack(u);
        },
      ),
      { numRuns: 400 },
    );
  });
});
