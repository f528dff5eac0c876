/**
 * A full disk or an exhausted quota surfaces in many wrappers: a DOMException named
 * QuotaExceededError from IndexedDB, Dexie's own QuotaExceededError, an AbortError whose
 * `inner` is either, or a BulkError listing failures. Every library write goes through
 * `writeLibrary`, so the UI sees one typed error, and because the write ran in a Dexie
 * transaction, the transaction rolled back and what was saved before is intact.
 */
import type Dexie from 'dexie';

export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(override readonly cause?: unknown) {
    super(
      "Your browser's storage for this extension is full, so this change was not saved. " +
        'Everything saved before is still there. Export your library, delete snippets you no longer need, and try again.',
    );
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);
/** DOMException's legacy code for QUOTA_EXCEEDED_ERR. */
const QUOTA_CODE = 22;

export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
  if (e.code === QUOTA_CODE && typeof DOMException !== 'undefined' && error instanceof DOMException) return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  if (Array.isArray(e.failures)) return e.failures.some((f) => isQuotaError(f, depth + 1));
  return false;
}

/** Runs a write and turns any quota error into StorageFullError; other errors pass unchanged. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageFullError || !isQuotaError(error)) throw error;
    throw new StorageFullError(error);
  }
}

type TableNames =
  | 'snippets'
  | 'stories'
  | 'templates'
  | 'principles'
  | 'meta'
  | 'decisions'
  | 'osfMaps'
  | 'rehearsals'
  | 'interviews';

/** One read-write transaction over the named tables: all of it is written, or none. */
export function writeLibrary<T>(db: Dexie, tables: readonly TableNames[], body: () => Promise<T>): Promise<T> {
  return guardQuota(() => db.transaction('rw', [...tables], body));
}
