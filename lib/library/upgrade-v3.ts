/**
 * Version 2 → 3. Version 2 indexed every word of a snippet; version 3 leaves out stopwords and
 * lone letters (see ./text), so every snippet's `words` and `wordFields` are computed again
 * from its text, tags and note. Only rows whose words change are written. Nothing else in any
 * row changes; the `band` index is dropped by the schema itself.
 */
import type { Transaction } from 'dexie';
import type { Band, ComponentId, SnippetRow } from './model';
import { indexWords } from './text';

/** A snippet as version 2 wrote it. */
interface SnippetV2 {
  id: number;
  text: string;
  note: string;
  tags: string[];
  principles: string[];
  storyId?: number;
  score: number;
  band: Band;
  components: ComponentId[];
  sourceTitle: string;
  sourceUrl: string;
  createdAt: number;
  updatedAt: number;
  normalized: string;
  words: string[];
  wordFields: [number, number];
}

export function snippetFromV2(old: SnippetV2): SnippetRow {
  return { ...old, ...indexWords(old.text, old.tags, old.note) };
}

const sameWords = (a: SnippetV2, b: SnippetRow) =>
  a.wordFields[0] === b.wordFields[0] && a.wordFields[1] === b.wordFields[1] && a.words.length === b.words.length && a.words.every((w, i) => w === b.words[i]);

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const table = tx.table('snippets');
  const changed: SnippetRow[] = [];
  for (const old of (await table.toArray()) as SnippetV2[]) {
    const row = snippetFromV2(old);
    if (!sameWords(old, row)) changed.push(row);
  }
  await table.bulkPut(changed);
}
