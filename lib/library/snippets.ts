/**
 * Saving, editing and deleting snippets. Saving a text the library already has (equal after
 * normalising whitespace and case) updates that snippet instead of adding a copy. Delete
 * returns the removed row and `restoreSnippet` puts it back under the same id: that is Undo.
 */
import type { Analysis } from '@/lib/analysis';
import { COMPONENT_IDS } from '@/lib/analysis';
import { resolveDeps, type LibraryDeps } from './deps';
import { LibraryInputError, NotInLibraryError, SnippetExistsError } from './errors';
import { LIMITS } from './limits';
import { mergeSnippets, tooManyTags } from './merge';
import { libraryDb, type LibraryDB } from './db';
import type { SnippetRow } from './model';
import { principlesStillListed, requirePrinciples } from './principles';
import { writeLibrary } from './quota';
import { cleanTags, normalizeText, snippetKeys } from './text';

export interface SnippetInput {
  text: string;
  note?: string;
  tags?: readonly string[];
  principles?: readonly string[];
  storyId?: number;
  sourceTitle?: string;
  sourceUrl?: string;
  /** The analysis the panel already shows for this text; analysed afresh when absent. */
  analysis?: Analysis;
}

export interface SnippetPatch {
  text?: string;
  note?: string;
  tags?: readonly string[];
  principles?: readonly string[];
  /** null detaches the snippet from its story. */
  storyId?: number | null;
}

export interface SaveResult {
  snippet: SnippetRow;
  /** false when the text was already in the library and that snippet was updated. */
  created: boolean;
}

function checkLength(value: string, max: number, what: string): void {
  if (value.length > max)
    throw new LibraryInputError(`The ${what} is too long (${value.length} characters; the limit is ${max}).`);
}

function checkText(text: string): void {
  if (!normalizeText(text)) throw new LibraryInputError('There is no text to save.');
  checkLength(text, LIMITS.snippetText, 'text');
}

function checkTags(tags: readonly string[]): string[] {
  const clean = cleanTags(tags);
  if (clean.length > LIMITS.tags) throw new LibraryInputError(`A snippet can have at most ${LIMITS.tags} tags.`);
  for (const tag of clean) checkLength(tag, LIMITS.tagLength, `tag "${tag.slice(0, 20)}…"`);
  return clean;
}

/*
 * These checks run inside write transactions. They return Dexie's own promises and always
 * touch the database: an async helper that sometimes awaits nothing can let IndexedDB commit
 * the transaction early (Dexie's PrematureCommitError, dexie/Dexie.js#1186).
 */
function checkPrinciples(db: LibraryDB, principles: readonly string[]): Promise<string[]> {
  return requirePrinciples(db, principles.map((p) => p.trim()).filter(Boolean));
}

function checkStory(db: LibraryDB, storyId: number | undefined): Promise<void> {
  return db.stories.get(storyId ?? -1).then((story) => {
    if (storyId !== undefined && !story) throw new NotInLibraryError('story', storyId);
  });
}

function checkRoom(db: LibraryDB): Promise<void> {
  return db.snippets.count().then((n) => {
    if (n >= LIMITS.snippets)
      throw new LibraryInputError(
        `Your library holds ${LIMITS.snippets.toLocaleString('en')} snippets, the most it can. Delete some to save new ones.`,
      );
  });
}

function mergedTagsError(existing: SnippetRow, merged: SnippetRow): LibraryInputError {
  return new LibraryInputError(
    `This text is already in your library with ${existing.tags.length} tags; with these it would have ${merged.tags.length}, and a snippet can have at most ${LIMITS.tags}. Remove some tags and save again.`,
  );
}

function analysisFields(analysis: Analysis): Pick<SnippetRow, 'score' | 'band' | 'components'> {
  return {
    score: analysis.score,
    band: analysis.band,
    components: COMPONENT_IDS.filter((id) => analysis.components[id]?.present),
  };
}

export async function saveSnippet(input: SnippetInput, deps: Partial<LibraryDeps> = {}): Promise<SaveResult> {
  const { db, analyze, now } = resolveDeps(deps);
  checkText(input.text);
  const note = input.note ?? '';
  checkLength(note, LIMITS.note, 'note');
  const tags = checkTags(input.tags ?? []);
  checkLength(input.sourceTitle ?? '', LIMITS.sourceTitle, 'page title');
  checkLength(input.sourceUrl ?? '', LIMITS.sourceUrl, 'page address');
  const analysis = input.analysis ?? analyze(input.text);
  const at = now();

  return writeLibrary(db, ['snippets', 'stories', 'principles'], async () => {
    const principles = await checkPrinciples(db, input.principles ?? []);
    await checkStory(db, input.storyId);
    const fresh: Omit<SnippetRow, 'id'> = {
      text: input.text,
      note,
      tags,
      principles,
      ...(input.storyId !== undefined ? { storyId: input.storyId } : {}),
      ...analysisFields(analysis),
      sourceTitle: input.sourceTitle ?? '',
      sourceUrl: input.sourceUrl ?? '',
      createdAt: at,
      updatedAt: at,
      ...snippetKeys(input.text, tags, note),
    };
    const existing = await db.snippets.where('normalized').equals(fresh.normalized).first();
    if (!existing) {
      await checkRoom(db);
      const id = await db.snippets.add(fresh as SnippetRow);
      return { snippet: { ...fresh, id }, created: true };
    }
    // A re-save is the newest version even if the clock went backwards.
    const merged = mergeSnippets(existing, { ...fresh, id: existing.id, updatedAt: Math.max(at, existing.updatedAt) });
    if (tooManyTags(merged)) throw mergedTagsError(existing, merged);
    await db.snippets.put(merged);
    return { snippet: merged, created: false };
  });
}

/** Edits in place; a changed text is analysed again and re-keyed. */
export async function updateSnippet(
  id: number,
  patch: SnippetPatch,
  deps: Partial<LibraryDeps> = {},
): Promise<SnippetRow> {
  const { db, analyze, now } = resolveDeps(deps);
  if (patch.text !== undefined) checkText(patch.text);
  if (patch.note !== undefined) checkLength(patch.note, LIMITS.note, 'note');
  const tags = patch.tags && checkTags(patch.tags);

  return writeLibrary(db, ['snippets', 'stories', 'principles'], async () => {
    const row = await db.snippets.get(id);
    if (!row) throw new NotInLibraryError('snippet', id);
    const next: SnippetRow = { ...row, updatedAt: Math.max(now(), row.updatedAt) };
    if (patch.text !== undefined && patch.text !== row.text) {
      next.text = patch.text;
      Object.assign(next, analysisFields(analyze(patch.text)));
      const clash = await db.snippets.where('normalized').equals(normalizeText(patch.text)).first();
      if (clash && clash.id !== id) throw new SnippetExistsError(clash.id);
    }
    if (patch.note !== undefined) next.note = patch.note;
    if (tags) next.tags = tags;
    if (patch.principles) next.principles = await checkPrinciples(db, patch.principles);
    if (patch.storyId === null) delete next.storyId;
    else if (patch.storyId !== undefined) {
      await checkStory(db, patch.storyId);
      next.storyId = patch.storyId;
    }
    Object.assign(next, snippetKeys(next.text, next.tags, next.note));
    await db.snippets.put(next);
    return next;
  });
}

/** Removes a snippet and hands it back, so Undo can restore it exactly. */
export async function deleteSnippet(id: number, db: LibraryDB = libraryDb): Promise<SnippetRow | undefined> {
  return writeLibrary(db, ['snippets'], async () => {
    const row = await db.snippets.get(id);
    if (row) await db.snippets.delete(id);
    return row;
  });
}

/**
 * Undo of a delete: the row comes back with its id, without principles removed since. If the
 * same text was saved again in the meantime, the restored row merges into that snippet
 * instead; the returned row says which.
 */
export async function restoreSnippet(row: SnippetRow, db: LibraryDB = libraryDb): Promise<SnippetRow> {
  return writeLibrary(db, ['snippets', 'stories', 'principles'], async () => {
    const restored = { ...row, ...snippetKeys(row.text, row.tags, row.note) };
    if (restored.storyId !== undefined && !(await db.stories.get(restored.storyId))) delete restored.storyId;
    // A principle removed since the delete is not brought back with the snippet.
    restored.principles = await principlesStillListed(db, restored.principles);
    const clash = await db.snippets.where('normalized').equals(restored.normalized).first();
    if (clash && clash.id !== row.id) {
      const merged = mergeSnippets(clash, restored);
      if (tooManyTags(merged)) throw mergedTagsError(clash, merged);
      await db.snippets.put(merged);
      return merged;
    }
    await db.snippets.put(restored);
    return restored;
  });
}

export function getSnippet(id: number, db: LibraryDB = libraryDb): Promise<SnippetRow | undefined> {
  return db.snippets.get(id);
}
