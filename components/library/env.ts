/**
 * What the library's components touch, with defaults: the extension's database, the real
 * analyzer and the clock (undefined means the library's own default). Unit tests provide a
 * fake-indexeddb database and a fixed clock through this context.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { LibraryDeps } from '@/lib/library';

export type LibraryEnv = Partial<LibraryDeps>;

export const LibraryEnvContext = createContext<LibraryEnv>({});

export function useLibraryEnv(): LibraryEnv {
  return useContext(LibraryEnvContext);
}
