/**
 * Version 2 → 3. Version 2 indexed every word of a snippet; version 3 leaves out stopwords and
 * lone letters (see ./text), so every snippet's `words` and `wordFields` are computed again
 * from its text, tags and note. Only rows whose words change are written. Nothing else in any
 * row changes; the `band` index is dropped by the schema itself.
 */
import type { Transaction } from 'dexie';
import type { SnippetRow } from './model';
import { indexWords } from './text';
import type { SnippetV1 } from './upgrade-v2';

/** A snippet as version 2 wrote it: version 1's fields with a list of principles, and the keys version 2 added. */
interface SnippetV2 extends Omit<SnippetV1, 'principle'> {
  principles: string[];
  normalized: string;
  words: string[];
  wordFields: [number, number];
}

export function snippetFromV2(old: SnippetV2): SnippetRow {
  return { ...old, ...indexWords(old.text, old.tags, old.note) };
}

const sameWords = (a: SnippetV2, b: SnippetRow) =>
  a.wordFields[0] === b.wordFields[0] &&
  a.wordFields[1] === b.wordFields[1] &&
  a.words.length === b.words.length &&
  a.words.every((w, i) => w === b.words[i]);

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const table = tx.table('snippets');
  const changed: SnippetRow[] = [];
  for (const old of (await table.toArray()) as SnippetV2[]) {
    const row = snippetFromV2(old);
    if (!sameWords(old, row)) changed.push(row);
  }
  await table.bulkPut(changed);
}
