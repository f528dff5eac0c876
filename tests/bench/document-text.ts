/** The long notes document the Whole document bench and quill-long.html share: N stories of the three fixture notes. */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

export const LONG_DOCUMENT_STORIES = 370;

export function fixtureNotes(path = new URL('../fixtures/pages/notes.js', import.meta.url)): string[] {
  const window: { OWNERSHIP_LENS_NOTES?: string[] } = {};
  runInNewContext(readFileSync(path, 'utf8'), { window });
  return window.OWNERSHIP_LENS_NOTES ?? [];
}

/** The editor's text of quill-long.html (one line a block) and its heading ranges. */
export function longDocument(
  stories = LONG_DOCUMENT_STORIES,
  notes = fixtureNotes(),
): { text: string; headings: Array<{ start: number; end: number }>; words: number } {
  const lines: string[] = [];
  const headings: Array<{ start: number; end: number }> = [];
  let offset = 0;
  for (let i = 1; i <= stories; i++) {
    const heading = `Story ${i}`;
    headings.push({ start: offset, end: offset + heading.length });
    for (const line of [heading, ...notes.map((n) => `${n} (note ${i})`)]) {
      lines.push(line);
      offset += line.length + 1;
    }
  }
  const text = lines.join('\n');
  return { text, headings, words: text.split(/\s+/).length };
}
