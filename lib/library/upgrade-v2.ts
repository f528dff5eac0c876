/**
 * Version 1 → 2. The row shapes below are what version 1 wrote and never change once shipped.
 * Snippets: `principle` becomes `principles`, and the dedupe key and search words are filled;
 * texts that version 1 stored twice are merged (the unique index would refuse them).
 * Stories: the latest score becomes the first history entry, titles get a unique key (a
 * repeated title gets " (2)", " (3)"…), cited metrics are marked as the user's own.
 */
import type { Transaction } from 'dexie';
import type { Band, ComponentId, SnippetRow, StoryRow } from './model';
import { mergeSnippets } from './merge';
import { normalizeTitle, snippetKeys } from './text';

/** A snippet as version 1 wrote it. */
export interface SnippetV1 {
  id: number;
  text: string;
  note: string;
  tags: string[];
  principle?: string;
  storyId?: number;
  score: number;
  band: Band;
  components: ComponentId[];
  sourceTitle: string;
  sourceUrl: string;
  createdAt: number;
  updatedAt: number;
}

interface StoryV1 {
  id: number;
  title: string;
  problem: string;
  action: string;
  result: string;
  learning: string;
  metrics: Array<{ name: string; value: string }>;
  score?: number;
  band?: Band;
  createdAt: number;
  updatedAt: number;
}

export function snippetFromV1(old: SnippetV1): SnippetRow {
  const { principle, ...rest } = old;
  return { ...rest, principles: principle ? [principle] : [], ...snippetKeys(old.text, old.tags, old.note) };
}

export function storyFromV1(old: StoryV1, titleKey: string, title: string): StoryRow {
  const { score, band, ...rest } = old;
  return {
    ...rest,
    title,
    titleKey,
    principles: [],
    metrics: old.metrics.map((m) => ({ name: m.name, value: m.value, origin: 'user' as const })),
    scoreHistory: typeof score === 'number' && band ? [{ score, band, at: old.updatedAt }] : [],
  };
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const oldSnippets = (await tx.table('snippets').toArray()) as SnippetV1[];
  oldSnippets.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  const kept = new Map<string, SnippetRow>();
  const merged: number[] = [];
  for (const old of oldSnippets) {
    const row = snippetFromV1(old);
    const first = kept.get(row.normalized);
    if (first) {
      kept.set(row.normalized, mergeSnippets(first, row));
      merged.push(row.id);
    } else {
      kept.set(row.normalized, row);
    }
  }
  await tx.table('snippets').bulkDelete(merged);
  await tx.table('snippets').bulkPut([...kept.values()]);

  const oldStories = (await tx.table('stories').toArray()) as StoryV1[];
  oldStories.sort((a, b) => a.id - b.id);
  const taken = new Set<string>();
  const stories = oldStories.map((old) => {
    let title = old.title;
    for (let n = 2; taken.has(normalizeTitle(title)); n++) title = `${old.title} (${n})`;
    taken.add(normalizeTitle(title));
    return storyFromV1(old, normalizeTitle(title), title);
  });
  await tx.table('stories').bulkPut(stories);
}
