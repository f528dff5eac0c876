/**
 * The `words` index, filled in the background. Writing every search word of a snippet is most
 * of what a write costs in IndexedDB (an import of 10,000 snippets writes about 230,000 entries
 * of that index), so an import writes snippets without their words, and the upgrade to version
 * 4 leaves version 2's words as they were: both queue the snippets' ids here, in the same
 * transaction as the rows. This pass then computes each queued snippet's words, a chunk per
 * transaction that also takes the chunk off the queue, so a panel closed half way loses
 * nothing: the next one carries on where it stopped.
 *
 * Meanwhile search is exact: the in-memory index computes the words of every queued row from
 * its text, tags and note, and the search that reads the `words` index waits until the queue
 * is empty (see ./search).
 */
import Dexie from 'dexie';
import { libraryDb, type LibraryDB } from './db';
import { WORDS_QUEUE, type SnippetRow, type WordsQueue } from './model';
import { indexWords, unique } from './text';

/** Snippets per transaction: a few hundred milliseconds of writing in Chromium, so a save waits at most that long. */
export const WORDS_CHUNK = 250;

/** Whether any snippet waits for its words (Dexie's promise: safe inside a transaction or a live query). */
export function wordsPending(db: LibraryDB): Promise<boolean> {
  return db.meta.get(WORDS_QUEUE).then((queue) => queue !== undefined);
}

/** Adds ids to the queue; call inside a read-write transaction that includes `meta`. */
export function queueWords(db: LibraryDB, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return Dexie.Promise.resolve();
  return db.meta.get(WORDS_QUEUE).then((queue) => {
    const pending = (queue as WordsQueue | undefined)?.ids ?? [];
    return db.meta
      .put({ name: WORDS_QUEUE, ids: unique([...pending, ...ids]) } satisfies WordsQueue)
      .then(() => undefined);
  });
}

const sameWords = (row: SnippetRow, words: string[], fields: [number, number]) =>
  row.wordFields?.[0] === fields[0] &&
  row.wordFields[1] === fields[1] &&
  row.words?.length === words.length &&
  words.every((w, i) => w === row.words![i]);

/**
 * Fills the words of one chunk of the queue, in one transaction; resolves to how many ids are
 * left. It writes through IndexedDB itself, not Dexie: a row's stored words change nothing any
 * reader sees (they equal what search computed for the queued row, see ./search-index), so no
 * live query needs to run again,
 * and a chunk of 250 rows would otherwise make every open panel re-read its list and rebuild
 * its search index.
 */
export async function fillWordsChunk(db: LibraryDB, size: number = WORDS_CHUNK): Promise<number> {
  await db.open();
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(['snippets', 'meta'], 'readwrite');
    let left = 0;
    tx.oncomplete = () => resolve(left);
    tx.onabort = () => reject(tx.error ?? new Error('The words pass was interrupted.'));
    const snippets = tx.objectStore('snippets');
    const meta = tx.objectStore('meta');
    const read = meta.get(WORDS_QUEUE);
    read.onsuccess = () => {
      const queue = read.result as WordsQueue | undefined;
      if (!queue) return;
      const rest = queue.ids.slice(size);
      left = rest.length;
      for (const id of queue.ids.slice(0, size)) {
        const get = snippets.get(id);
        get.onsuccess = () => {
          const row = get.result as SnippetRow | undefined;
          if (!row) return;
          const { words, wordFields } = indexWords(row.text, row.tags, row.note);
          if (!sameWords(row, words, wordFields)) snippets.put({ ...row, words, wordFields });
        };
      }
      if (rest.length > 0) meta.put({ name: WORDS_QUEUE, ids: rest } satisfies WordsQueue);
      else meta.delete(WORDS_QUEUE);
    };
  });
}

const running = new WeakMap<LibraryDB, Promise<void>>();

/**
 * Works through the queue a chunk at a time, letting the page breathe between chunks; one run
 * per database at a time (a call during a run returns that run). Other panels may run theirs:
 * each chunk reads the queue inside its own transaction, so no chunk is written twice.
 */
export function fillPendingWords(db: LibraryDB = libraryDb, pause: () => Promise<void> = nextTask): Promise<void> {
  let run = running.get(db);
  if (!run) {
    run = (async () => {
      while ((await fillWordsChunk(db)) > 0) await pause();
    })().finally(() => running.delete(db));
    running.set(db, run);
  }
  return run;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
