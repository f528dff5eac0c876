/**
 * The cheat sheet: one Markdown page for the night before. For each principle, the strongest
 * phrasings (highest score first, then the most recently updated, top N); then every story
 * with each metric it cites and its number. Principles without a phrasing are listed as gaps.
 */
import { libraryDb, type LibraryDB } from './db';
import type { SnippetRow, StoryRow } from './model';

export interface CheatSheetOptions {
  /** Phrasings shown per principle. */
  topPerPrinciple?: number;
  title?: string;
}

export interface CheatSheetData {
  principles: readonly string[];
  snippets: readonly SnippetRow[];
  stories: readonly StoryRow[];
}

/**
 * Keeps a user's text from turning into Markdown markup, and on one line. Checked by rendering
 * with a CommonMark + GFM parser (tests/unit/library/cheatsheet-markdown.test.ts):
 * - anywhere in a line: code, emphasis, strikethrough, links, HTML, tables, headings' closing
 *   "#", hard breaks, and character references ("&amp;" would show as "&");
 * - at the start of a block: list markers ("- ", "+ ", "1. ", "2) ") and setext underlines;
 * - GFM's bare autolinks: "www.", "scheme://" and e-mail addresses.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[0-9a-z]+;)/gi, '\\&')
    .replace(/^[-+=]/, (c) => `\\${c}`)
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/@/g, '\\@');
}

const strongestFirst = (a: SnippetRow, b: SnippetRow) => b.score - a.score || b.updatedAt - a.updatedAt || b.id - a.id;

function phrasingLine(s: SnippetRow, storyTitles: Map<number, string>): string {
  const story = s.storyId !== undefined ? storyTitles.get(s.storyId) : undefined;
  return `- ${escapeMarkdown(s.text)} _(${s.score}, ${s.band}${story ? `; ${escapeMarkdown(story)}` : ''})_`;
}

/** Pure: the Markdown for the given rows. */
export function renderCheatSheet(data: CheatSheetData, options: CheatSheetOptions = {}): string {
  const top = options.topPerPrinciple ?? 3;
  const storyTitles = new Map(data.stories.map((s) => [s.id, s.title]));
  const lines: string[] = [
    `# ${options.title ?? 'Interview cheat sheet'}`,
    '',
    '## Strongest phrasings by principle',
    '',
  ];
  const gaps: string[] = [];

  const group = (heading: string, rows: SnippetRow[]) => {
    lines.push(`### ${escapeMarkdown(heading)}`, '');
    for (const s of [...rows].sort(strongestFirst).slice(0, top)) lines.push(phrasingLine(s, storyTitles));
    lines.push('');
  };
  for (const principle of data.principles) {
    const rows = data.snippets.filter((s) => s.principles.includes(principle));
    if (rows.length === 0) gaps.push(principle);
    else group(principle, rows);
  }
  const unassigned = data.snippets.filter((s) => s.principles.length === 0);
  if (unassigned.length > 0) group('No principle yet', unassigned);
  if (gaps.length > 0) lines.push(`No phrasing yet for: ${gaps.map(escapeMarkdown).join(', ')}.`, '');

  lines.push('## Stories and their numbers', '');
  if (data.stories.length === 0) lines.push('No stories yet.', '');
  for (const story of [...data.stories].sort((a, b) => a.title.localeCompare(b.title))) {
    const latest = story.scoreHistory.at(-1);
    lines.push(`### ${escapeMarkdown(story.title)}${latest ? ` (${latest.score}, ${latest.band})` : ''}`, '');
    if (story.metrics.length === 0) lines.push('No metrics cited yet.');
    for (const m of story.metrics) {
      // An unnamed metric shows the sentence it came from, so the number still has its context.
      if (m.name) lines.push(`- ${escapeMarkdown(m.name)}: ${escapeMarkdown(m.value)}`);
      else lines.push(`- ${escapeMarkdown(m.value)}${m.quote ? ` (from "${escapeMarkdown(m.quote)}")` : ''}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The cheat sheet of the whole library. */
export async function buildCheatSheet(options: CheatSheetOptions = {}, db: LibraryDB = libraryDb): Promise<string> {
  const data = await db.transaction('r', [db.principles, db.snippets, db.stories], async () => ({
    principles: (await db.principles.orderBy('position').toArray()).map((p) => p.name),
    snippets: await db.snippets.toArray(),
    stories: await db.stories.toArray(),
  }));
  return renderCheatSheet(data, options);
}
