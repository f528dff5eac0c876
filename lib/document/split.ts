/**
 * How a notes document becomes stories. A heading starts a story, and every paragraph under it
 * until the next heading belongs to it; a paragraph with no heading above it is a story of its own.
 * A heading with nothing under it (a document title, an empty section) is no story.
 *
 * Headings are what the editor marks as headings (h1–h6, Notion's heading blocks) when it marks
 * any; in plain text (a text field, a Google Docs export) a heading is a Markdown "#" line, or a
 * one-line paragraph of at most ten words that does not end like a sentence ("Courier cost").
 * Paragraphs are lines in an editor; in plain text with blank lines they are runs of lines
 * between blank lines (notes wrapped by hand), else single lines (a Docs export).
 */
import type { DocumentRead } from '@/lib/messaging/protocol';

/** A paragraph or heading of a whole document: UTF-16 offsets into its text. */
export interface DocumentBlock {
  start: number;
  end: number;
  heading: boolean;
}

export interface DocumentStory {
  /** The heading, or the paragraph's first words. */
  title: string;
  /** Whether the title is a heading in the document (else it is the opening of the paragraph). */
  headed: boolean;
  /** The story's body, exactly text.slice(start, end) of the document: what a selection of it captures. */
  text: string;
  start: number;
  end: number;
  /** The body's paragraphs, in order. */
  paragraphs: string[];
}

export const HOW_STORIES_ARE_SPLIT =
  'A story is a heading and every paragraph under it, up to the next heading; a paragraph with no heading above it is a story of its own.';

const TITLE_WORDS = 8;
const HEADING_MAX_WORDS = 10;
const MARKDOWN_HEADING = /^\s{0,3}#{1,6}\s+/;
/** Front matter fences, rules and other lines with no words. */
const NO_WORDS = /^[\s\p{P}\p{S}]*$/u;

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const next = text.indexOf('\n', start);
    const end = next < 0 ? text.length : next;
    lines.push({ start, end: end > start && text[end - 1] === '\r' ? end - 1 : end });
    if (next < 0) return lines;
    start = next + 1;
  }
}

/** A line trimmed of surrounding spaces, as offsets. */
function trimmed(text: string, { start, end }: Line): Line {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

function looksLikeHeading(line: string): boolean {
  if (MARKDOWN_HEADING.test(line)) return true;
  return wordCount(line) <= HEADING_MAX_WORDS && !/[.!?;,…"”)]$/.test(line) && !/^[-*•]\s/.test(line);
}

/**
 * The blocks of plain text: paragraphs, and headings by the rules above. Offsets are into `text`.
 */
export function blocksOfPlainText(text: string): DocumentBlock[] {
  const byBlankLines = /\n[ \t\r]*\n/.test(text);
  const blocks: DocumentBlock[] = [];
  let open: DocumentBlock | null = null;
  let openLines = 0;
  const close = () => {
    if (open && openLines === 1) open.heading = looksLikeHeading(text.slice(open.start, open.end));
    if (open) blocks.push(open);
    open = null;
    openLines = 0;
  };
  for (const raw of linesOf(text)) {
    const line = trimmed(text, raw);
    const content = text.slice(line.start, line.end);
    if (line.start === line.end || NO_WORDS.test(content)) {
      close();
      continue;
    }
    // A Markdown heading is a block of its own even inside a run of lines.
    if (!byBlankLines || MARKDOWN_HEADING.test(content)) {
      close();
      open = { start: line.start, end: line.end, heading: false };
      openLines = 1;
      close();
      continue;
    }
    if (open) {
      (open as DocumentBlock).end = line.end;
      openLines++;
    } else {
      open = { start: line.start, end: line.end, heading: false };
      openLines = 1;
    }
  }
  close();
  return blocks;
}

/**
 * The blocks of an editor's text, where each line is a paragraph and `headings` are the ranges
 * the editor marks as headings. With no heading marked, plain-text rules decide.
 */
export function blocksOfEditorText(
  text: string,
  headings: ReadonlyArray<{ start: number; end: number }>,
): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  // Headings come in document order, like the lines: one pass over both.
  let h = 0;
  for (const raw of linesOf(text)) {
    const line = trimmed(text, raw);
    const content = text.slice(line.start, line.end);
    if (line.start === line.end || NO_WORDS.test(content)) continue;
    while (h < headings.length && headings[h]!.end <= line.start) h++;
    const heading =
      headings.length > 0 ? h < headings.length && headings[h]!.start < line.end : looksLikeHeading(content);
    blocks.push({ start: line.start, end: line.end, heading });
  }
  return blocks;
}

function titleOf(text: string, heading: boolean): string {
  const clean = text.replace(MARKDOWN_HEADING, '').replace(/\s+/g, ' ').trim();
  if (heading) return clean;
  const words = clean.split(' ');
  return words.length <= TITLE_WORDS ? clean : `${words.slice(0, TITLE_WORDS).join(' ')}…`;
}

/** The stories of a document, in document order. */
export function splitStories(text: string, blocks: readonly DocumentBlock[]): DocumentStory[] {
  const stories: DocumentStory[] = [];
  let heading: DocumentBlock | null = null;
  let body: DocumentBlock[] = [];
  const flush = () => {
    if (body.length > 0) {
      const start = body[0]!.start;
      const end = body[body.length - 1]!.end;
      stories.push({
        title: titleOf(text.slice((heading ?? body[0]!).start, (heading ?? body[0]!).end), heading !== null),
        headed: heading !== null,
        text: text.slice(start, end),
        start,
        end,
        paragraphs: body.map((b) => text.slice(b.start, b.end)),
      });
    }
    body = [];
  };
  for (const block of blocks) {
    if (block.heading) {
      flush();
      heading = block;
    } else if (heading) body.push(block);
    else {
      body = [block];
      flush();
    }
  }
  flush();
  return stories;
}

/** The stories of what the page read: an editor's lines and headings, or plain text. */
export function storiesOf(read: Pick<DocumentRead, 'text' | 'headings'>): DocumentStory[] {
  const blocks = read.headings ? blocksOfEditorText(read.text, read.headings) : blocksOfPlainText(read.text);
  return splitStories(read.text, blocks);
}
