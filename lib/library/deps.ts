/**
 * What the library's write functions touch, passed as one optional parameter with defaults:
 * the extension's database, the real analyzer and the clock. Tests pass a named fake-indexeddb
 * database, a deterministic analyzer where exact scores matter, and a fixed clock.
 */
import { analyze, type Analysis } from '@/lib/analysis';
import { libraryDb, type LibraryDB } from './db';

export type Analyzer = (text: string) => Analysis;

export interface LibraryDeps {
  db: LibraryDB;
  analyze: Analyzer;
  now: () => number;
}

export function resolveDeps(deps: Partial<LibraryDeps> = {}): LibraryDeps {
  return { db: deps.db ?? libraryDb, analyze: deps.analyze ?? ((text) => analyze(text)), now: deps.now ?? Date.now };
}
