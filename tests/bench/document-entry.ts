/** The Whole document view's listing, bundled into a Chromium page by document.bench.ts. */
import { DocumentScores } from '@/lib/document/scores';
import { storiesOf } from '@/lib/document/split';

export interface DocumentBench {
  /** Splits and scores the whole text with an empty cache; returns ms and the story count. */
  cold(text: string, headings: Array<{ start: number; end: number }>): { ms: number; stories: number };
  /** Scores `text`, then the text with one story edited, and times the second listing. */
  afterEdit(
    text: string,
    edited: string,
    headings: Array<{ start: number; end: number }>,
  ): { ms: number; analyzed: number };
}

const bench: DocumentBench = {
  cold(text, headings) {
    const started = performance.now();
    const stories = new DocumentScores().score(storiesOf({ text, headings }));
    return { ms: performance.now() - started, stories: stories.length };
  },
  afterEdit(text, edited, headings) {
    const scores = new DocumentScores();
    scores.score(storiesOf({ text, headings }));
    const shift = edited.length - text.length;
    let at = 0;
    while (at < text.length && text[at] === edited[at]) at++;
    // Headings after the edit move by its length, as the editor's would.
    const moved = headings.map((h) => (h.start > at ? { start: h.start + shift, end: h.end + shift } : h));
    const started = performance.now();
    scores.score(storiesOf({ text: edited, headings: moved }));
    return { ms: performance.now() - started, analyzed: scores.analyzedLast };
  },
};

(globalThis as unknown as { ownershipLensDocumentBench: DocumentBench }).ownershipLensDocumentBench = bench;
