/**
 * Rows of a file merged into the library's by key, for every table import merges: ids kept from
 * the file where they are free, counts of what was added, updated and skipped, and the room
 * check that keeps every table within what a library file may hold.
 */
import type { PrincipleRow } from '../model';
import { canonicalJson } from './format';
import { fail } from './shape';

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
}

export interface ImportReport {
  principles: ImportCounts;
  snippets: ImportCounts;
  stories: ImportCounts;
  templates: ImportCounts;
  decisions: ImportCounts;
  osfMaps: ImportCounts;
  rehearsals: ImportCounts;
  interviews: ImportCounts;
}

/**
 * A row keeps its id from the file only up to here. IndexedDB's key generator continues from
 * the largest id stored, and stops for good past 2^53 ("Maximum key generator value reached"):
 * a file id near 2^53 − 1 would end every later save. Past this, a row gets a new id instead,
 * which leaves 2^52 ids for saves and imports to come.
 */
export const KEPT_ID_CEILING = 2 ** 52;

/** The library already holds ids so large that no new id fits in the safe range. */
export class LibraryIdsExhaustedError extends Error {
  override name = 'LibraryIdsExhaustedError';
  constructor() {
    super(
      'Your library already uses ids so large that the rows of this file cannot get new ones. Nothing was imported.',
    );
  }
}

export const counts = (): ImportCounts => ({ added: 0, updated: 0, skipped: 0 });
/** Equal rows, derived search words aside: a snippet may still wait for them (../words-backfill). */
const same = (a: object, b: object) =>
  canonicalJson({ ...a, words: undefined, wordFields: undefined }) ===
  canonicalJson({ ...b, words: undefined, wordFields: undefined });

/**
 * Merges rows by key. `existing` are the library's rows; each incoming row is added, or merged
 * into the row with its key. Returns the rows to write and fills `tally`.
 */
export function mergeByKey<T extends { id: number }>(
  existing: readonly T[],
  incoming: readonly T[],
  key: (row: T) => string,
  merge: (kept: T, other: T) => T,
  tally: ImportCounts,
  /** Throws for a merged row that would not fit a library file; `index` is the row's place in the file. */
  check: (merged: T, index: number) => void = () => undefined,
): { writes: T[]; idOf: Map<number, number> } {
  const byKey = new Map(existing.map((row) => [key(row), row]));
  const taken = new Set(existing.map((row) => row.id));
  const keepable = (id: number) => id <= KEPT_ID_CEILING && !taken.has(id);
  // New ids start past every id in the library and every id kept from the file, so none can collide.
  let nextId =
    [...existing, ...incoming.filter((r) => r.id <= KEPT_ID_CEILING)].reduce((max, r) => Math.max(max, r.id), 0) + 1;
  if (nextId + incoming.length > Number.MAX_SAFE_INTEGER) throw new LibraryIdsExhaustedError();
  const changed = new Map<number, T>();
  const idOf = new Map<number, number>();

  incoming.forEach((row, index) => {
    const k = key(row);
    const kept = byKey.get(k);
    if (kept) {
      const merged = merge(kept, { ...row, id: kept.id });
      check(merged, index);
      idOf.set(row.id, kept.id);
      if (same(merged, kept)) {
        tally.skipped++;
        return;
      }
      tally.updated++;
      byKey.set(k, merged);
      changed.set(kept.id, merged);
    } else {
      const id = keepable(row.id) ? row.id : nextId++;
      taken.add(id);
      const added = { ...row, id };
      idOf.set(row.id, id);
      tally.added++;
      byKey.set(k, added);
      changed.set(id, added);
    }
  });
  return { writes: [...changed.values()], idOf };
}

/** The file's principles that the library lacks are added after the library's own, in the file's order; none is removed. */
export function mergePrinciples(library: readonly PrincipleRow[], file: readonly PrincipleRow[], tally: ImportCounts) {
  const names = new Set(library.map((p) => p.name));
  let position = Math.max(-1, ...library.map((p) => p.position)) + 1;
  const writes: PrincipleRow[] = [];
  for (const p of [...file].sort((a, b) => a.position - b.position)) {
    if (names.has(p.name)) tally.skipped++;
    else {
      tally.added++;
      writes.push({ name: p.name, position: position++ });
      names.add(p.name);
    }
  }
  return writes;
}

/** Refuses an import after which a table would hold more rows than a library file may: its export would not import. */
export function checkRoom(table: string, had: number, tally: ImportCounts, limit: number): void {
  if (had + tally.added > limit)
    fail(
      table,
      `your library has ${had.toLocaleString('en')} and the file adds ${tally.added.toLocaleString('en')}: together more than the ${limit.toLocaleString('en')} a library can hold`,
    );
}
