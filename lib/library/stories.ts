/**
 * Stories: the four parts Problem → Action → Result → Learning, scored as one text. Every save
 * appends the score to the story's history and re-derives the metrics it cites.
 */
import type { EntityTable, IDType, InsertType } from 'dexie';
import { COMPONENT_IDS, type Analysis, type ComponentId } from '@/lib/analysis';
import { libraryDb, type LibraryDB } from './db';
import { resolveDeps, type Analyzer, type LibraryDeps } from './deps';
import { LibraryInputError, NotInLibraryError, StoryTitleTakenError } from './errors';
import { LIMITS } from './limits';
import {
  STORY_PARTS,
  type DecisionRow,
  type OsfMapRow,
  type RehearsalRow,
  type SnippetRow,
  type StoryMetric,
  type StoryPart,
  type StoryRow,
} from './model';
import { principlesStillListed, requirePrinciples } from './principles';
import { writeLibrary } from './quota';
import { deriveStoryMetrics, refreshMetrics } from './story-metrics';
import { normalizeTitle } from './text';

/** A whole story should be told in under two minutes. */
export const STORY_SECONDS_LIMIT = 120;

export type StoryParts = Record<StoryPart, string>;

export interface StoryInput extends Partial<StoryParts> {
  title: string;
  principles?: readonly string[];
}

export type StoryPatch = Partial<StoryParts> & { title?: string; principles?: readonly string[] };

export interface StoryScore {
  text: string;
  analysis: Analysis;
  score: number;
  band: Analysis['band'];
  speakingSeconds: number;
  limitSeconds: number;
  /** Seconds past the two-minute limit; 0 when within it. */
  overBySeconds: number;
  missing: ComponentId[];
  metrics: StoryMetric[];
}

/** The parts in story order, blank ones left out, one paragraph each. */
export function storyText(parts: Partial<StoryParts>): string {
  return STORY_PARTS.map((p) => (parts[p] ?? '').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Pure: scores the story as it is being edited, for the live Story view. */
export function scoreStory(parts: Partial<StoryParts>, analyze: Analyzer = resolveDeps().analyze): StoryScore {
  const text = storyText(parts);
  const analysis = analyze(text);
  return {
    text,
    analysis,
    score: analysis.score,
    band: analysis.band,
    speakingSeconds: analysis.speakingSeconds,
    limitSeconds: STORY_SECONDS_LIMIT,
    overBySeconds: Math.max(0, analysis.speakingSeconds - STORY_SECONDS_LIMIT),
    missing: COMPONENT_IDS.filter((id) => !analysis.components[id]?.present),
    metrics: deriveStoryMetrics(text, analysis),
  };
}

function checkTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (!clean) throw new LibraryInputError('A story needs a title.');
  if (clean.length > LIMITS.storyTitle)
    throw new LibraryInputError(`A story title can be at most ${LIMITS.storyTitle} characters.`);
  return clean;
}

function checkParts(parts: Partial<StoryParts>): void {
  for (const part of STORY_PARTS) {
    const value = parts[part];
    if (value !== undefined && value.length > LIMITS.storyPart) {
      throw new LibraryInputError(
        `The ${part} part is too long (${value.length} characters; the limit is ${LIMITS.storyPart}).`,
      );
    }
  }
}

// Dexie promises, never a bare async helper, inside write transactions (see ./snippets).
function checkTitleFree(db: LibraryDB, title: string, ownId?: number): Promise<void> {
  return db.stories
    .where('titleKey')
    .equals(normalizeTitle(title))
    .first()
    .then((other) => {
      if (other && other.id !== ownId) throw new StoryTitleTakenError(title);
    });
}

/** Rescores, appends to the history (when there is text to score) and refreshes derived metrics. */
function rescored(story: Omit<StoryRow, 'id'>, analyze: Analyzer, at: number): Omit<StoryRow, 'id'> {
  if (!storyText(story)) return { ...story, metrics: refreshMetrics(story.metrics, []) };
  const scored = scoreStory(story, analyze);
  return {
    ...story,
    metrics: refreshMetrics(story.metrics, scored.metrics),
    scoreHistory: [...story.scoreHistory, { score: scored.score, band: scored.band, at }].slice(-LIMITS.scoreHistory),
  };
}

export async function createStory(input: StoryInput, deps: Partial<LibraryDeps> = {}): Promise<StoryRow> {
  const { db, analyze, now } = resolveDeps(deps);
  const title = checkTitle(input.title);
  checkParts(input);
  const at = now();
  return writeLibrary(db, ['stories', 'principles'], async () => {
    await checkTitleFree(db, title);
    if ((await db.stories.count()) >= LIMITS.stories)
      throw new LibraryInputError(
        `Your library holds ${LIMITS.stories.toLocaleString('en')} stories, the most it can.`,
      );
    const base: Omit<StoryRow, 'id'> = {
      title,
      titleKey: normalizeTitle(title),
      problem: input.problem ?? '',
      action: input.action ?? '',
      result: input.result ?? '',
      learning: input.learning ?? '',
      principles: await requirePrinciples(db, input.principles ?? []),
      metrics: [],
      scoreHistory: [],
      createdAt: at,
      updatedAt: at,
    };
    const row = rescored(base, analyze, at);
    const id = await db.stories.add(row as StoryRow);
    return { ...row, id };
  });
}

/** Saves edits to a story: one save, one score-history entry. */
export async function saveStory(id: number, patch: StoryPatch, deps: Partial<LibraryDeps> = {}): Promise<StoryRow> {
  const { db, analyze, now } = resolveDeps(deps);
  const title = patch.title === undefined ? undefined : checkTitle(patch.title);
  checkParts(patch);
  return writeLibrary(db, ['stories', 'principles'], async () => {
    const row = await db.stories.get(id);
    if (!row) throw new NotInLibraryError('story', id);
    const at = Math.max(now(), row.updatedAt);
    const next: StoryRow = { ...row, updatedAt: at };
    for (const part of STORY_PARTS) if (patch[part] !== undefined) next[part] = patch[part];
    if (title !== undefined) {
      await checkTitleFree(db, title, id);
      Object.assign(next, { title, titleKey: normalizeTitle(title) });
    }
    if (patch.principles) next.principles = await requirePrinciples(db, patch.principles);
    const saved = { ...rescored(next, analyze, at), id };
    await db.stories.put(saved);
    return saved;
  });
}

/** Replaces the metrics list with the user's edit; every metric in it is the user's from now on. */
export async function setStoryMetrics(
  id: number,
  metrics: ReadonlyArray<Pick<StoryMetric, 'name' | 'value'>>,
  db: LibraryDB = libraryDb,
): Promise<StoryRow> {
  if (metrics.length > LIMITS.metrics)
    throw new LibraryInputError(`A story can cite at most ${LIMITS.metrics} metrics.`);
  const clean = metrics.map((m) => ({ name: m.name.trim(), value: m.value.trim(), origin: 'user' as const }));
  if (clean.some((m) => !m.value)) throw new LibraryInputError('Every metric needs its number.');
  if (clean.some((m) => m.name.length > LIMITS.metricText || m.value.length > LIMITS.metricText))
    throw new LibraryInputError('A metric is too long.');
  return writeLibrary(db, ['stories'], async () => {
    const row = await db.stories.get(id);
    if (!row) throw new NotInLibraryError('story', id);
    const next = { ...row, metrics: clean };
    await db.stories.put(next);
    return next;
  });
}

export interface DeletedStory {
  story: StoryRow;
  /** Snippets that belonged to it; they stay in the library, detached. */
  snippetIds: number[];
  /** Its decision log, OSF map and rehearsals: they go with it, and come back with Undo. */
  decisions: DecisionRow[];
  osfMap?: OsfMapRow;
  rehearsals: RehearsalRow[];
}

const PREP_TABLES = ['decisions', 'osfMaps', 'rehearsals'] as const;

export async function deleteStory(id: number, db: LibraryDB = libraryDb): Promise<DeletedStory | undefined> {
  return writeLibrary(db, ['stories', 'snippets', ...PREP_TABLES], async () => {
    const story = await db.stories.get(id);
    if (!story) return undefined;
    const snippetIds = (await db.snippets.where('storyId').equals(id).primaryKeys()) as number[];
    await db.snippets
      .where('storyId')
      .equals(id)
      .modify((s: SnippetRow) => void delete s.storyId);
    const decisions = await db.decisions.where('storyId').equals(id).toArray();
    const rehearsals = await db.rehearsals.where('storyId').equals(id).toArray();
    const osfMap = await db.osfMaps.get(id);
    await db.decisions.where('storyId').equals(id).delete();
    await db.rehearsals.where('storyId').equals(id).delete();
    await db.osfMaps.delete(id);
    await db.stories.delete(id);
    const deleted: DeletedStory = { story, snippetIds, decisions, rehearsals };
    if (osfMap) deleted.osfMap = osfMap;
    return deleted;
  });
}

/** Refuses an Undo that would take a table past what a library file may hold (rows added since the delete). */
function checkRoomFor(db: LibraryDB, deleted: DeletedStory): Promise<void> {
  return db.decisions.count().then((decisions) =>
    db.rehearsals.count().then((rehearsals) => {
      if (
        decisions + deleted.decisions.length > LIMITS.decisions ||
        rehearsals + deleted.rehearsals.length > LIMITS.rehearsals
      )
        throw new LibraryInputError('Your library has filled up since the delete, so this story cannot come back.');
    }),
  );
}

/** Rows back under their ids; one whose id an import has given to another row since comes back under a new id. */
function putBack<T extends { id: number }>(table: EntityTable<T, 'id'>, rows: readonly T[]): Promise<unknown> {
  return table.bulkGet(rows.map((r) => r.id as IDType<T, 'id'>)).then((found) => {
    const free = rows.filter((_, i) => !found[i]);
    const moved = rows.filter((_, i) => found[i]).map(({ id: _id, ...rest }) => rest as InsertType<T, 'id'>);
    return table.bulkPut(free).then(() => table.bulkAdd(moved));
  });
}

/** Undo of deleteStory: the story returns with its id, its snippets are attached again, and its log comes back. */
export async function restoreStory(deleted: DeletedStory, db: LibraryDB = libraryDb): Promise<StoryRow> {
  return writeLibrary(db, ['stories', 'snippets', 'principles', ...PREP_TABLES], async () => {
    await checkTitleFree(db, deleted.story.title, deleted.story.id);
    await checkRoomFor(db, deleted);
    // A principle removed since the delete is not brought back with the story.
    const story = { ...deleted.story, principles: await principlesStillListed(db, deleted.story.principles) };
    await db.stories.put(story);
    const snippets = (await db.snippets.bulkGet(deleted.snippetIds)).filter(
      (s): s is SnippetRow => s !== undefined && s.storyId === undefined,
    );
    await db.snippets.bulkPut(snippets.map((s) => ({ ...s, storyId: story.id })));
    await putBack(db.decisions, deleted.decisions);
    await putBack(db.rehearsals, deleted.rehearsals);
    if (deleted.osfMap) await db.osfMaps.put(deleted.osfMap);
    return story;
  });
}

export function getStory(id: number, db: LibraryDB = libraryDb): Promise<StoryRow | undefined> {
  return db.stories.get(id);
}

/** Stories by title, for lists and pickers. */
export async function listStories(db: LibraryDB = libraryDb): Promise<StoryRow[]> {
  return db.stories.orderBy('titleKey').toArray();
}
