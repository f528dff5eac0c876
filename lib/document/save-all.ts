/**
 * "Save all to library as stories": the document's stories go into the library through import,
 * so they merge by exactly the rules a library file does (lib/library/exchange/import): a story
 * whose title is already in the library is updated, with principles and score history kept and
 * united; a new title is added; one saved before and not edited since is skipped (no new score in its
 * history). It is one transaction: all or nothing.
 */
import { analyze } from '@/lib/analysis';
import { importLibraryFile, LIMITS, type ImportReport } from '@/lib/library';
import { libraryDb, type LibraryDB } from '@/lib/library/db';
import type { ExportedStory, LibraryFile } from '@/lib/library/exchange/format';
import { KEPT_ID_CEILING } from '@/lib/library/exchange/import';
import type { Analyzer } from '@/lib/library/deps';
import { STORY_PARTS } from '@/lib/library/model';
import type { StoryParts } from '@/lib/library/stories';
import { normalizeTitle } from '@/lib/library/text';
import { deriveStoryMetrics } from '@/lib/library/story-metrics';
import type { DocumentStory } from './split';

export interface SaveAllDeps {
  db: LibraryDB;
  analyze: Analyzer;
  now: () => number;
}

export interface SaveAllReport {
  report: ImportReport;
  /** Stories left out, each with a sentence saying why. */
  notSaved: Array<{ title: string; reason: string }>;
}

/**
 * A story's paragraphs as the library's four parts: one paragraph is the action; otherwise the
 * first is the problem, the last the learning when there are four or more, the one before it the
 * result, and the rest the action.
 */
export function partsOf(paragraphs: readonly string[]): StoryParts {
  const p = paragraphs.map((x) => x.trim()).filter(Boolean);
  const parts: StoryParts = { problem: '', action: '', result: '', learning: '' };
  if (p.length === 1) parts.action = p[0]!;
  else if (p.length === 2) [parts.problem, parts.action] = p as [string, string];
  else if (p.length === 3) [parts.problem, parts.action, parts.result] = p as [string, string, string];
  else if (p.length > 3) {
    parts.problem = p[0]!;
    parts.action = p.slice(1, -2).join('\n\n');
    parts.result = p[p.length - 2]!;
    parts.learning = p[p.length - 1]!;
  }
  return parts;
}

/** Titles as the library keeps them: at most its limit long, and a repeat in one document numbered. */
function uniqueTitles(stories: readonly DocumentStory[]): string[] {
  const seen = new Map<string, number>();
  return stories.map((story) => {
    const base =
      story.title.length > LIMITS.storyTitle - 5 ? `${story.title.slice(0, LIMITS.storyTitle - 6)}…` : story.title;
    const key = base.toLocaleLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

export async function saveAllStories(
  stories: readonly DocumentStory[],
  deps: Partial<SaveAllDeps> = {},
): Promise<SaveAllReport> {
  const db = deps.db ?? libraryDb;
  const analyzer = deps.analyze ?? ((text: string) => analyze(text));
  const at = (deps.now ?? Date.now)();
  const titles = uniqueTitles(stories);
  const notSaved: SaveAllReport['notSaved'] = [];
  const rows: ExportedStory[] = [];
  const inLibrary = new Map((await db.stories.toArray()).map((row) => [row.titleKey, row]));
  stories.forEach((story, i) => {
    const parts = partsOf(story.paragraphs);
    // A story saved before and not edited since stays as it is: no new score in its history.
    const same = inLibrary.get(normalizeTitle(titles[i]!));
    if (same && STORY_PARTS.every((part) => same[part] === parts[part])) {
      const { titleKey: _key, ...row } = same;
      rows.push(row);
      return;
    }
    const long = Object.values(parts).find((part) => part.length > LIMITS.storyPart);
    if (long !== undefined) {
      notSaved.push({
        title: titles[i]!,
        reason: `One of its parts is ${long.length.toLocaleString('en')} characters long; a story part holds at most ${LIMITS.storyPart.toLocaleString('en')}.`,
      });
      return;
    }
    const text = Object.values(parts).filter(Boolean).join('\n\n');
    const analysis = analyzer(text);
    rows.push({
      // Past the kept-id ceiling, import gives every row a fresh id rather than reuse a free one.
      id: KEPT_ID_CEILING + 1 + i,
      title: titles[i]!,
      ...parts,
      principles: [],
      metrics: deriveStoryMetrics(text, analysis).slice(0, LIMITS.metrics),
      scoreHistory: [{ score: analysis.score, band: analysis.band, at }],
      createdAt: at,
      updatedAt: at,
    });
  });
  const file: LibraryFile = {
    format: 'ownership-lens-library',
    version: 1,
    exportedAt: at,
    checksum: '',
    principles: [],
    snippets: [],
    templates: [],
    stories: rows,
    decisions: [],
    osfMaps: [],
    rehearsals: [],
    interviews: [],
  };
  const report = await importLibraryFile(file, db);
  return { report, notSaved };
}
