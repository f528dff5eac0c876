/**
 * How two versions of the same snippet, story or template become one. Saving a duplicate text,
 * importing a file and the version-2 upgrade all merge with these rules, so a user sees the
 * same outcome whichever way the duplicate arrived:
 * the row that was there first keeps its id and creation time; the fields the user rewrites
 * (text, parts, analysis, source) come from whichever version was updated last; lists the
 * user adds to (tags, principles, score history) are unions; an empty note or source never
 * erases one. A union can outgrow what a library file holds (../limits): a score history keeps
 * its latest entries, as saving does; tags are the user's words, so callers refuse a merge
 * with too many (see tooManyTags) rather than drop any.
 */
import { LIMITS } from './limits';
import type { DecisionRow, InterviewRow, OsfMapRow, ScoreEntry, SnippetRow, StoryRow, TemplateRow } from './model';
import { snippetKeys, unique } from './text';

export function mergeSnippets(kept: SnippetRow, other: SnippetRow): SnippetRow {
  const [older, newer] = other.updatedAt >= kept.updatedAt ? [kept, other] : [other, kept];
  const tags = unique([...kept.tags, ...other.tags]);
  const note = newer.note.trim() ? newer.note : older.note;
  // A version saved without a source keeps the page the snippet first came from.
  const source = newer.sourceUrl || newer.sourceTitle ? newer : older;
  const merged: SnippetRow = {
    ...newer,
    sourceTitle: source.sourceTitle,
    sourceUrl: source.sourceUrl,
    id: kept.id,
    note,
    tags,
    principles: unique([...kept.principles, ...other.principles]),
    createdAt: Math.min(kept.createdAt, other.createdAt),
    updatedAt: Math.max(kept.updatedAt, other.updatedAt),
    ...snippetKeys(newer.text, tags, note),
  };
  const storyId = newer.storyId ?? older.storyId;
  if (storyId === undefined) delete merged.storyId;
  else merged.storyId = storyId;
  return merged;
}

/** Whether a merged snippet has more tags than a snippet may have. */
export function tooManyTags(row: Pick<SnippetRow, 'tags'>): boolean {
  return row.tags.length > LIMITS.tags;
}

export function mergeScoreHistory(a: readonly ScoreEntry[], b: readonly ScoreEntry[]): ScoreEntry[] {
  const seen = new Map<string, ScoreEntry>();
  for (const entry of [...a, ...b]) seen.set(`${entry.at}|${entry.score}|${entry.band}`, entry);
  return [...seen.values()].sort((x, y) => x.at - y.at).slice(-LIMITS.scoreHistory);
}

export function mergeStories(kept: StoryRow, other: StoryRow): StoryRow {
  const newer = other.updatedAt > kept.updatedAt ? other : kept;
  return {
    ...newer,
    id: kept.id,
    principles: unique([...kept.principles, ...other.principles]),
    scoreHistory: mergeScoreHistory(kept.scoreHistory, other.scoreHistory),
    createdAt: Math.min(kept.createdAt, other.createdAt),
    updatedAt: Math.max(kept.updatedAt, other.updatedAt),
  };
}

export function mergeTemplates(kept: TemplateRow, other: TemplateRow): TemplateRow {
  const newer = other.updatedAt > kept.updatedAt ? other : kept;
  return {
    ...newer,
    id: kept.id,
    createdAt: Math.min(kept.createdAt, other.createdAt),
    updatedAt: Math.max(kept.updatedAt, other.updatedAt),
  };
}

/**
 * A decision log entry, an interview date or an OSF map edited in two places: the version
 * updated last wins whole, as a template does; the first one keeps its id and creation time.
 */
export function mergeDecisions(kept: DecisionRow, other: DecisionRow): DecisionRow {
  const newer = other.updatedAt > kept.updatedAt ? other : kept;
  return { ...newer, id: kept.id, createdAt: Math.min(kept.createdAt, other.createdAt) };
}

export function mergeInterviews(kept: InterviewRow, other: InterviewRow): InterviewRow {
  const newer = other.updatedAt > kept.updatedAt ? other : kept;
  return {
    ...newer,
    id: kept.id,
    createdAt: Math.min(kept.createdAt, other.createdAt),
    updatedAt: Math.max(kept.updatedAt, other.updatedAt),
  };
}

export function mergeOsfMaps(kept: OsfMapRow, other: OsfMapRow): OsfMapRow {
  return other.updatedAt > kept.updatedAt ? { ...other, storyId: kept.storyId } : kept;
}
