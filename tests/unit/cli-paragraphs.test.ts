import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripInlineMarkdown } from '../../lib/cli/markdown';
import { notesFormatOf, splitParagraphs } from '../../lib/cli/paragraphs';

const MARKDOWN_NOTES = [
  '---', //                                         1
  'title: loop prep', //                            2
  '---', //                                         3
  '# Stories', //                                   4
  '', //                                            5
  'Refund tickets had doubled. I chose to', //      6
  'rewrite the **refund** flow.', //                7
  '', //                                            8
  '```sql', //                                      9
  'select count(*) from tickets;', //              10
  '', //                                           11
  'still code', //                                 12
  '```', //                                        13
  '## Search', //                                  14
  '- I cut zero results from 11% to 6%.', //       15
  '- It took _two_ weeks.', //                     16
  '', //                                           17
  '> We shipped it and', //                        18
  '> users loved it.', //                          19
  '<!-- a private note -->', //                    20
  'Latency', //                                    21
  '=======', //                                    22
  '1. I owned p99 latency.', //                    23
].join('\n');

describe('splitParagraphs (markdown)', () => {
  const paragraphs = splitParagraphs(MARKDOWN_NOTES, 'markdown');

  it('skips front matter, headings, code fences and comments, keeping line numbers', () => {
    expect(paragraphs.map((p) => [p.startLine, p.endLine])).toEqual([
      [6, 7],
      [15, 16],
      [18, 19],
      [23, 23],
    ]);
  });

  it('joins wrapped lines with a space, strips inline markup and keeps list items on their own lines', () => {
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Refund tickets had doubled. I chose to rewrite the refund flow.',
      'I cut zero results from 11% to 6%.\nIt took two weeks.',
      'We shipped it and users loved it.',
      'I owned p99 latency.',
    ]);
  });

  it('remembers the heading each paragraph sits under, ATX or setext', () => {
    expect(paragraphs.map((p) => p.section)).toEqual(['Stories', 'Search', 'Search', 'Latency']);
  });

  it('treats a --- that closes nothing as a break, not front matter', () => {
    const notes = '---\nI cut costs 12%.\n\nWe shipped it.';
    expect(splitParagraphs(notes, 'markdown').map((p) => [p.text, p.startLine])).toEqual([
      ['I cut costs 12%.', 2],
      ['We shipped it.', 4],
    ]);
  });

  it('counts CRLF lines the same as LF lines', () => {
    const crlf = 'First story line one\r\nline two.\r\n\r\n\r\nSecond story.\r\n';
    expect(splitParagraphs(crlf, 'markdown').map((p) => [p.text, p.startLine, p.endLine])).toEqual([
      ['First story line one line two.', 1, 2],
      ['Second story.', 5, 5],
    ]);
  });
});

describe('splitParagraphs (text)', () => {
  it('splits on blank lines only and leaves markup alone', () => {
    const notes = '# not a heading\n**kept**\n   \n- not a list\n';
    expect(splitParagraphs(notes, 'text')).toEqual([
      { text: '# not a heading **kept**', startLine: 1, endLine: 2 },
      { text: '- not a list', startLine: 4, endLine: 4 },
    ]);
  });
});

describe('notesFormatOf', () => {
  it.each([
    ['notes.md', 'markdown'],
    ['NOTES.MARKDOWN', 'markdown'],
    ['notes.txt', 'text'],
    ['notes.md.txt', 'text'],
    ['-', 'text'],
  ])('%s is %s', (path, format) => {
    expect(notesFormatOf(path)).toBe(format);
  });
});

describe('stripInlineMarkdown', () => {
  it.each([
    ['I **cut** costs', 'I cut costs'],
    ['I __cut__ costs', 'I cut costs'],
    ['a *big* win and an _em_ word', 'a big win and an em word'],
    ['see [the dashboard](https://example.com/d "title") now', 'see the dashboard now'],
    ['![chart](chart.png) and [ref link][1]', 'chart and ref link'],
    ['a note[^1] here', 'a note here'],
    ['<https://example.com> is the page', 'https://example.com is the page'],
    ['~~weeks~~ days', 'weeks days'],
    ['cut p99<br/>by half', 'cut p99by half'],
    ['the `**not bold**` code', 'the **not bold** code'],
  ])('%j becomes %j', (markdown, text) => {
    expect(stripInlineMarkdown(markdown)).toBe(text);
  });

  it.each([
    'snake_case_name and file_name stay',
    '3 * 4 * 5 is arithmetic',
    'latency < 300 ms and > 200 ms',
    'an unclosed **bold',
  ])('leaves %j as it is', (text) => {
    expect(stripInlineMarkdown(text)).toBe(text);
  });

  it('turns escaped markup into the literal character', () => {
    expect(stripInlineMarkdown('\\*not em\\* and 5\\_000')).toBe('*not em* and 5_000');
  });
});

describe('the shipped sample notes', () => {
  it('hold five to seven story paragraphs, each under its heading', () => {
    const notes = readFileSync(new URL('../fixtures/sample-notes.md', import.meta.url), 'utf8');
    const paragraphs = splitParagraphs(notes, 'markdown');
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(paragraphs.length).toBeLessThanOrEqual(7);
    for (const p of paragraphs) {
      expect(p.section).toBeTruthy();
      expect(p.text).not.toMatch(/\*\*|`|\]\(/);
    }
  });
});
