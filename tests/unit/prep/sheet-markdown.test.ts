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
import type { CheatSheet } from '@/lib/prep/sheet';
import { renderCheatSheet } from '@/lib/prep/sheet-markdown';

function render(markdown: string): HTMLElement {
  const root = document.createElement('div');
  // The parser's own HTML output, parsed by the test's DOM; this is the test reading it, not the extension.
  root.innerHTML = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return root;
}

/** The user's text as the cheat sheet shows it: on one line, whitespace collapsed. */
const asLine = (text: string) => text.replace(/\s+/g, ' ').trim();

interface UserText {
  text: string;
  principle: string;
  gap: string;
  title: string;
  metricName: string;
  metricValue: string;
  quote: string;
}

/** Every field of the user's reaches the sheet: a title, the metric line's words, a claim, a proof label, principles, a phrasing. */
function sheetOf(u: UserText): CheatSheet {
  return {
    stories: [
      {
        id: 7,
        title: u.title,
        score: 72,
        band: 'strong',
        speakingSeconds: 95,
        line: {
          parts: [
            { kind: 'text', text: 'I own the metric ' },
            { kind: 'slot', slot: 'metric', value: u.metricName || null },
            { kind: 'text', text: ', which moved ' },
            { kind: 'slot', slot: 'change', value: u.metricValue },
            { kind: 'text', text: ' over ' },
            { kind: 'slot', slot: 'period', value: null },
            { kind: 'text', text: '.' },
          ],
          text: '',
          complete: false,
        },
        numbers: [
          { kind: 'outcome', text: u.metricValue, proof: u.quote || null },
          { kind: 'baseline', text: u.text, proof: null },
        ],
        coverage: { proved: 1, total: 2 },
        weakest: ['What did you give up?'],
      },
    ],
    covered: [{ principle: u.principle, stories: [u.title] }],
    thin: [u.principle],
    uncovered: [u.gap],
    overused: [{ title: u.title, principles: 4 }],
    phrasings: [{ principle: u.principle, text: u.text, score: 80, band: 'strong' }],
  };
}

/** Every element the cheat sheet writes; anything else came from the user's text. */
const SHEET_ELEMENTS = new Set(['H1', 'H2', 'UL', 'LI', 'EM', 'P']);

function expectTextBack(u: UserText): void {
  const rendered = render(renderCheatSheet(sheetOf(u)));
  const elements = [...rendered.querySelectorAll('*')].map((e) => e.tagName);
  expect(elements.filter((t) => !SHEET_ELEMENTS.has(t))).toEqual([]);
  expect([...rendered.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
    `${asLine(u.title)} (72 · strong, 1 min 35 s, 1 of 2 claims proved)`,
    'Principles',
    'Strongest phrasings',
  ]);
  const paragraphs = [...rendered.querySelectorAll('p')].map((p) => p.textContent);
  expect(paragraphs).toEqual([
    `I own the metric ${asLine(u.metricName) || '[metric]'}, which moved ${asLine(u.metricValue)} over [period].`,
    'Key numbers:',
    'Weakest on:',
    `No story yet for: ${asLine(u.gap)}.`,
    `Warning: ${asLine(u.title)} is told for 4 principles; a bar raiser hears it too often. Keep a story to three.`,
  ]);
  expect([...rendered.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    `${asLine(u.metricValue)}: ${u.quote.trim() ? `proof, ${asLine(u.quote)}` : 'no proof yet'}`,
    `${asLine(u.text)} (before): no proof yet`,
    'What did you give up?',
    `${asLine(u.principle)}: ${asLine(u.title)} (needs a second story)`,
    `${asLine(u.principle)}: ${asLine(u.text)} (80, strong)`,
  ]);
  // The one emphasis is the cheat sheet's own: the score after the phrasing.
  expect([...rendered.querySelectorAll('em')].map((e) => e.textContent)).toEqual(['(80, strong)']);
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
