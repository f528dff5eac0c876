// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import Dexie, { type DBCoreMutateRequest } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryDB } from '@/lib/library/db';
import { exportLibraryJson } from '@/lib/library/exchange/export';
import { importLibrary } from '@/lib/library/exchange/import';
import { guardQuota, isQuotaError, StorageFullError } from '@/lib/library/quota';
import { saveSnippet } from '@/lib/library/snippets';
import { createStory } from '@/lib/library/stories';
import { fakeAnalyzer, newLibrary, snapshot, tickingClock } from './helpers';
import { buildFixtureLibrary } from './exchange-fixture';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A DBCore middleware that lets `allowed` more writes through, then fails each with QuotaExceededError. */
function simulateQuota(db: LibraryDB) {
  const quota = { allowed: Infinity, writes: 0 };
  db.use({
    stack: 'dbcore',
    name: 'simulated-quota',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            if (quota.allowed <= 0) return Promise.reject(quotaError());
            quota.allowed--;
            quota.writes++;
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return quota;
}

describe('isQuotaError', () => {
  it('recognises a quota error however it is wrapped', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quotaError()))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError('full')))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('1 of 2 failed', { 1: quotaError() }))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: quotaError() }))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('leaves other errors alone', async () => {
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('unique'))).toBe(false);
    expect(isQuotaError(new Dexie.AbortError('aborted', new Dexie.ConstraintError('unique')))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    const constraint = new Dexie.ConstraintError('unique');
    await expect(guardQuota(() => Promise.reject(constraint))).rejects.toBe(constraint);
  });
});

describe('a full disk', () => {
  let db: LibraryDB;
  let quota: ReturnType<typeof simulateQuota>;
  const others: LibraryDB[] = [];
  beforeEach(async () => {
    db = newLibrary();
    quota = simulateQuota(db);
    await db.open();
  });
  afterEach(async () => {
    await Promise.all([db, ...others.splice(0)].map((d) => d.delete()));
  });

  it('fails an import part-way with a clear message, and the library is as it was', async () => {
    const deps = { db, analyze: fakeAnalyzer(), now: tickingClock() };
    await createStory({ title: 'Already here' }, deps);
    await saveSnippet({ text: 'Saved before the import.' }, deps);
    const before = await snapshot(db);

    const source = newLibrary();
    others.push(source);
    await buildFixtureLibrary({ db: source, analyze: fakeAnalyzer(), now: tickingClock(2e12) });
    const file = await exportLibraryJson(source);

    quota.allowed = 2; // principles and stories are written, then the snippets hit the quota
    quota.writes = 0;
    const error = await importLibrary(file, db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toMatch(/^Your browser's storage for this extension is full/);
    expect(isQuotaError((error as StorageFullError).cause)).toBe(true);
    expect(quota.writes).toBe(2);

    quota.allowed = Infinity;
    expect(await snapshot(db)).toEqual(before);
  });

  it('fails a save with the same error and keeps what was saved', async () => {
    const deps = { db, analyze: fakeAnalyzer(), now: tickingClock() };
    const { snippet } = await saveSnippet({ text: 'Kept.' }, deps);
    quota.allowed = 0;
    await expect(saveSnippet({ text: 'Does not fit.' }, deps)).rejects.toBeInstanceOf(StorageFullError);
    quota.allowed = Infinity;
    expect(await db.snippets.toArray()).toEqual([snippet]);
    // Once there is room again, saving works.
    await saveSnippet({ text: 'Fits now.' }, deps);
    expect(await db.snippets.count()).toBe(2);
  });
});
