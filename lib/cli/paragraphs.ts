/**
 * A file of notes holds many stories; each paragraph (text between blank lines) is scored on its
 * own, and keeps the line numbers it came from so the report can point back into the file.
 */
import { stripInlineMarkdown } from './markdown';

export type NotesFormat = 'markdown' | 'text';

export interface Paragraph {
  /** What is analyzed and shown: lines joined, and for Markdown, markers and inline markup removed. */
  text: string;
  /** 1-based, inclusive line numbers in the input. */
  startLine: number;
  endLine: number;
  /** The nearest Markdown heading above the paragraph. */
  section?: string;
}

export function notesFormatOf(path: string): NotesFormat {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'text';
}

const BLANK = /^\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*\s*){3,}|(?:_\s*){3,}|(?:-\s*){3,})$/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const BLOCKQUOTE = /^\s*(?:>\s?)+/;
const TABLE_ROW = /^\s*\|/;
const HTML_COMMENT_START = /^\s*<!--/;

interface PendingLine {
  line: number;
  text: string;
  /** A list item starts a new line of thought; a wrapped line continues the previous one. */
  startsItem: boolean;
}

export function splitParagraphs(input: string, format: NotesFormat): Paragraph[] {
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const paragraphs: Paragraph[] = [];
  let pending: PendingLine[] = [];
  let section: string | undefined;

  const flush = () => {
    if (pending.length > 0) paragraphs.push(toParagraph(pending, format, section));
    pending = [];
  };

  if (format === 'text') {
    lines.forEach((text, i) => (BLANK.test(text) ? flush() : pending.push({ line: i + 1, text, startsItem: false })));
    flush();
    return paragraphs;
  }

  let i = skipFrontMatter(lines);
  while (i < lines.length) {
    const text = lines[i]!;
    const fence = FENCE.exec(text);
    if (fence) {
      flush();
      i = skipFence(lines, i, fence[1]!);
      continue;
    }
    if (HTML_COMMENT_START.test(text)) {
      flush();
      i = skipComment(lines, i);
      continue;
    }
    if (BLANK.test(text) || TABLE_ROW.test(text)) {
      flush();
    } else if (SETEXT_UNDERLINE.test(text) && pending.length > 0) {
      // The lines above an === or --- underline are a heading, not a story.
      section = stripInlineMarkdown(pending.map((p) => p.text.trim()).join(' '));
      pending = [];
    } else if (THEMATIC_BREAK.test(text)) {
      flush();
    } else {
      const heading = ATX_HEADING.exec(text);
      if (heading) {
        flush();
        section = stripInlineMarkdown(heading[1]!.trim()) || undefined;
      } else {
        const unquoted = text.replace(BLOCKQUOTE, '');
        const marker = LIST_MARKER.exec(unquoted);
        pending.push({
          line: i + 1,
          text: marker ? unquoted.slice(marker[0].length) : unquoted,
          startsItem: marker !== null,
        });
      }
    }
    i++;
  }
  flush();
  return paragraphs;
}

function toParagraph(pending: PendingLine[], format: NotesFormat, section: string | undefined): Paragraph {
  // Wrapped lines rejoin with a space so a sentence is not cut at the wrap; list items keep their own line.
  let joined = '';
  for (const { text, startsItem } of pending) {
    const trimmed = text.trim();
    joined += joined === '' ? trimmed : (startsItem ? '\n' : ' ') + trimmed;
  }
  const paragraph: Paragraph = {
    text: format === 'markdown' ? stripInlineMarkdown(joined) : joined,
    startLine: pending[0]!.line,
    endLine: pending[pending.length - 1]!.line,
  };
  if (section !== undefined) paragraph.section = section;
  return paragraph;
}

/** YAML (---) or TOML (+++) front matter is metadata, never a story. */
function skipFrontMatter(lines: string[]): number {
  const open = lines[0]?.trimEnd();
  if (open !== '---' && open !== '+++') return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === open || (open === '---' && line === '...')) return i + 1;
  }
  return 0; // No closing marker: it was a thematic break, not front matter.
}

function skipFence(lines: string[], open: number, marker: string): number {
  const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
  for (let i = open + 1; i < lines.length; i++) if (closing.test(lines[i]!)) return i + 1;
  return lines.length; // An unclosed fence runs to the end, as in CommonMark.
}

function skipComment(lines: string[], open: number): number {
  for (let i = open; i < lines.length; i++) if (lines[i]!.includes('-->')) return i + 1;
  return lines.length;
}
