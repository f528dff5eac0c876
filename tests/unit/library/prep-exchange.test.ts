// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
/** Decision logs, OSF maps, rehearsals and interview dates through export and import. */
import { afterEach, describe, expect, it } from 'vitest';
import { addDecision, updateDecision } from '@/lib/library/decisions';
import type { LibraryDB } from '@/lib/library/db';
import { exportLibrary, exportLibraryJson } from '@/lib/library/exchange/export';
import { fileChecksum, type LibraryFile } from '@/lib/library/exchange/format';
import { importLibrary } from '@/lib/library/exchange/import';
import { LibraryFileError } from '@/lib/library/exchange/validate';
import { addInterview } from '@/lib/library/interviews';
import { saveOsfMap } from '@/lib/library/osf-maps';
import { createStory } from '@/lib/library/stories';
import { buildFixtureLibrary } from './exchange-fixture';
import { fakeAnalyzer, newLibrary, snapshot, tickingClock, useLibrary } from './helpers';

const lib = useLibrary(fakeAnalyzer());
const others: LibraryDB[] = [];
afterEach(async () => {
  await Promise.all(others.splice(0).map((db) => db.delete()));
});
async function emptyLibrary() {
  const db = newLibrary();
  others.push(db);
  await db.open();
  return db;
}

describe('import of the preparation tables', () => {
  it('reads a version 1 file: every older table imported, the preparation tables left as they were', async () => {
    const { story } = await buildFixtureLibrary(lib.deps);
    const {
      decisions: _d,
      osfMaps: _o,
      rehearsals: _r,
      interviews: _i,
      checksum: _c,
      ...v2
    } = await exportLibrary(lib.db);
    const body = { ...v2, version: 1 as const };
    const v1 = JSON.stringify({ ...body, checksum: await fileChecksum(body as Omit<LibraryFile, 'checksum'>) });
    const target = await emptyLibrary();
    const report = await importLibrary(v1, target);
    expect(report.stories).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(report.decisions).toEqual({ added: 0, updated: 0, skipped: 0 });
    expect(await target.stories.get(story.id)).toBeDefined();
    expect(await target.decisions.count()).toBe(0);
  });

  it("follows its story into the library's story of the same title, and skips on a second import", async () => {
    const { story, decision } = await buildFixtureLibrary(lib.deps);
    const file = await exportLibraryJson(lib.db);
    const target = await emptyLibrary();
    const deps = { db: target, analyze: fakeAnalyzer(), now: tickingClock(1_000) };
    await createStory({ title: 'Filler' }, deps);
    const mine = await createStory({ title: 'refund QUEUE' }, deps);
    const own = await addDecision(mine.id, { date: '2023-12-01', decision: 'My own entry.' }, deps);
    expect(mine.id).not.toBe(story.id);

    const report = await importLibrary(file, target);
    expect(report.decisions).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(report.osfMaps).toEqual({ added: 1, updated: 0, skipped: 0 });
    const log = await target.decisions.where('storyId').equals(mine.id).toArray();
    expect(log.map((d) => d.decision)).toEqual(['My own entry.', decision.decision]);
    expect(log[1]!.evidence).toEqual(decision.evidence);
    expect((await target.osfMaps.get(mine.id))!.nodes.hypothesis).toBe('Triage, not staff, was the bottleneck.');
    expect((await target.rehearsals.toArray()).map((r) => r.storyId)).toEqual([mine.id]);
    expect(await target.decisions.get(own.id)).toEqual(own);

    const before = await snapshot(target);
    const again = await importLibrary(file, target);
    expect(again.decisions).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(again.rehearsals).toEqual({ added: 0, updated: 0, skipped: 1 });
    expect(await snapshot(target)).toEqual(before);
  });

  it('merges an entry, a map and a date edited since: the version updated last wins', async () => {
    const { story, decision } = await buildFixtureLibrary(lib.deps);
    const file = await exportLibraryJson(lib.db);
    const target = await emptyLibrary();
    await importLibrary(file, target);
    const later = { db: target, analyze: fakeAnalyzer(), now: () => 1_900_000_000_000 };
    await updateDecision(decision.id, { date: decision.date, decision: 'Rebuilt triage; hired nobody.' }, later);
    await saveOsfMap(story.id, { outcome: 'Tickets fell 45%.' }, later);

    // The edits come back into the first library, where they are newer.
    const report = await importLibrary(await exportLibraryJson(target), lib.db);
    expect(report.decisions).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect(report.osfMaps).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect((await lib.db.decisions.get(decision.id))!.decision).toBe('Rebuilt triage; hired nobody.');
    expect((await lib.db.osfMaps.get(story.id))!.nodes).toEqual({ outcome: 'Tickets fell 45%.' });
    // The older file changes nothing back.
    const older = await importLibrary(file, lib.db);
    expect(older.decisions).toEqual({ added: 0, updated: 0, skipped: 1 });
  });

  it('refuses, whole, an import that would give one story more entries than its log holds', async () => {
    const { story } = await buildFixtureLibrary(lib.deps);
    const target = await emptyLibrary();
    const deps = { db: target, analyze: fakeAnalyzer(), now: tickingClock(5) };
    const mine = await createStory({ title: 'Refund queue' }, deps);
    for (let i = 0; i < 200; i++) await addDecision(mine.id, { date: '2024-01-01', decision: `Entry ${i}.` }, deps);
    const before = await snapshot(target);
    const error = await importLibrary(await exportLibraryJson(lib.db), target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryFileError);
    expect((error as Error).message).toBe(
      `decisions: with your library's, story ${mine.id} would have 201 decision log entries; at most 200`,
    );
    expect(await snapshot(target)).toEqual(before);
  });

  it('adds an interview date of a new company, and merges one of a company already there', async () => {
    await buildFixtureLibrary(lib.deps);
    const target = await emptyLibrary();
    const deps = { db: target, analyze: fakeAnalyzer(), now: () => 1_000 };
    await addInterview({ company: 'ACME', date: '2030-01-01' }, deps);
    await addInterview({ company: 'Globex', date: '2030-02-02' }, deps);
    const report = await importLibrary(await exportLibraryJson(lib.db), target);
    expect(report.interviews).toEqual({ added: 0, updated: 1, skipped: 0 });
    expect((await target.interviews.toArray()).map((i) => [i.company, i.date])).toEqual([
      ['Acme', '2030-03-14'],
      ['Globex', '2030-02-02'],
    ]);
  });
});
