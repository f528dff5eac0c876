/**
 * Bundled by library-upgrade.spec.ts and evaluated in an extension page: writes the library's
 * database exactly as version 2 of the extension did (its schema, and every word of a snippet
 * in `words`, stopwords and lone letters included), and reads the words queue.
 */
import Dexie from 'dexie';
import { defaultPrincipleRows, LIBRARY_DB_NAME, SCHEMA_V1, SCHEMA_V2 } from '@/lib/library/db';
import type { ExportedSnippet } from '@/lib/library/exchange/format';
import { normalizeText, searchWords } from '@/lib/library/text';

/** Version 2's search words: every word, once, at its first field. */
function version2Words(text: string, tags: readonly string[], note: string) {
  const words = [...new Set(searchWords(text))];
  const textEnd = words.length;
  for (const w of tags.flatMap(searchWords)) if (!words.includes(w)) words.push(w);
  const tagsEnd = words.length;
  for (const w of searchWords(note)) if (!words.includes(w)) words.push(w);
  return { words, wordFields: [textEnd, tagsEnd] };
}

export interface OldLibrary {
  writeVersion2(snippets: ExportedSnippet[]): Promise<void>;
}

export const oldLibrary: OldLibrary = {
  async writeVersion2(snippets) {
    const v2 = new Dexie(LIBRARY_DB_NAME);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('principles').bulkAdd(defaultPrincipleRows());
    await v2
      .table('snippets')
      .bulkAdd(
        snippets.map((s) => ({ ...s, normalized: normalizeText(s.text), ...version2Words(s.text, s.tags, s.note) })),
      );
    v2.close();
  },
};

(globalThis as unknown as { oldLibrary: OldLibrary }).oldLibrary = oldLibrary;
