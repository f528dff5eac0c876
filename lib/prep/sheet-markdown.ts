/**
 * The cheat sheet as Markdown, to download or paste into a notes document. Every piece of the
 * user's text (titles, claims, labels, principles, phrasings) goes through escapeMarkdown, so
 * it reads back as the same text and never as markup.
 */
import { BAND_WORDS_PLAIN, formatSpoken } from './words';
import type { CheatSheet, SheetStory } from './sheet';

/**
 * Keeps a user's text from turning into Markdown markup, and on one line. Checked by rendering
 * with a CommonMark + GFM parser (tests/unit/prep/sheet-markdown.test.ts):
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

/** "64 · partial, 1 min 5 s, 1 of 3 claims proved". */
export function storySummary(s: Pick<SheetStory, 'score' | 'band' | 'speakingSeconds' | 'coverage'>): string {
  const { proved, total } = s.coverage;
  const proof =
    total === 0 ? 'no quantified claim' : `${proved} of ${total} ${total === 1 ? 'claim' : 'claims'} proved`;
  return `${s.score} · ${BAND_WORDS_PLAIN[s.band]}, ${formatSpoken(s.speakingSeconds)}, ${proof}`;
}

function storyLines(s: SheetStory): string[] {
  const line = s.line.parts
    .map((p) =>
      p.kind === 'text' ? p.text : p.value === null ? escapeMarkdown(`[${p.slot}]`) : escapeMarkdown(p.value),
    )
    .join('');
  const lines = [`## ${escapeMarkdown(s.title)} (${storySummary(s)})`, '', line, ''];
  if (s.numbers.length === 0) lines.push('No quantified claim yet.', '');
  else {
    lines.push('Key numbers:', '');
    for (const n of s.numbers)
      lines.push(
        `- ${escapeMarkdown(n.text)}${n.kind === 'baseline' ? ' (before)' : ''}: ${n.proof === null ? 'no proof yet' : `proof, ${escapeMarkdown(n.proof)}`}`,
      );
    lines.push('');
  }
  if (s.weakest.length > 0) {
    lines.push('Weakest on:', '');
    for (const q of s.weakest) lines.push(`- ${escapeMarkdown(q)}`);
    lines.push('');
  }
  return lines;
}

export function renderCheatSheet(sheet: CheatSheet, title = 'Interview cheat sheet'): string {
  const lines = [`# ${escapeMarkdown(title)}`, ''];
  if (sheet.stories.length === 0) lines.push('No stories yet.', '');
  for (const s of sheet.stories) lines.push(...storyLines(s));
  lines.push('## Principles', '');
  for (const p of sheet.covered)
    lines.push(
      `- ${escapeMarkdown(p.principle)}: ${p.stories.map(escapeMarkdown).join(', ')}${p.stories.length < 2 ? ' (needs a second story)' : ''}`,
    );
  if (sheet.covered.length > 0) lines.push('');
  if (sheet.uncovered.length > 0)
    lines.push(`No story yet for: ${sheet.uncovered.map(escapeMarkdown).join(', ')}.`, '');
  for (const o of sheet.overused)
    lines.push(
      `Warning: ${escapeMarkdown(o.title)} is told for ${o.principles} principles; a bar raiser hears it too often. Keep a story to three.`,
      '',
    );
  if (sheet.phrasings.length > 0) {
    lines.push('## Strongest phrasings', '');
    for (const p of sheet.phrasings)
      lines.push(
        `- ${escapeMarkdown(p.principle)}: ${escapeMarkdown(p.text)} _(${p.score}, ${BAND_WORDS_PLAIN[p.band]})_`,
      );
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
