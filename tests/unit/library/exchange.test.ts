// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { exportLibrary, exportLibraryJson } from '@/lib/library/exchange/export';
import { canonicalJson, sha256Hex } from '@/lib/library/exchange/format';
import { importLibrary, KEPT_ID_CEILING } from '@/lib/library/exchange/import';
import { addPrinciple, listPrinciples, removePrinciple } from '@/lib/library/principles';
import { saveSnippet } from '@/lib/library/snippets';
import { fillPendingWords } from '@/lib/library/words-backfill';
import { createStory } from '@/lib/library/stories';
import type { LibraryDB } from '@/lib/library/db';
import { fakeAnalyzer, newLibrary, snapshot, tickingClock, useLibrary } from './helpers';
import { buildFixtureLibrary, resign } from './exchange-fixture';
import { largeLibraryFile } from './large-library';

const lib = useLibrary();
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

describe('exportLibrary', () => {
  it('writes a format version, every table without index fields, and a SHA-256 checksum', async () => {
    await buildFixtureLibrary(lib.deps);
    const file = await exportLibrary(lib.db, () => 1_234);
    expect(file).toMatchObject({ format: 'ownership-lens-library', version: 2, exportedAt: 1_234 });
    expect(file.decisions.map((d) => d.decision)).toEqual(['Rebuilt triage instead of hiring.']);
    expect(file.decisions[0]!.evidence[0]).toEqual({
      kind: 'dashboard',
      link: 'https://dash.example/refunds',
      proves: 'the drop',
      claims: ['fell 45%'],
    });
    expect(file.osfMaps).toHaveLength(1);
    expect(file.rehearsals).toHaveLength(1);
    expect(file.interviews).toEqual([
      { id: 1, company: 'Acme', date: '2030-03-14', createdAt: expect.any(Number), updatedAt: expect.any(Number) },
    ]);
    expect(file.snippets).toHaveLength(3);
    expect(file.stories).toHaveLength(2);
    expect(file.templates).toHaveLength(2);
    expect(file.principles.map((p) => p.name)).toContain('Thrift');
    for (const s of file.snippets) expect(Object.keys(s)).not.toEqual(expect.arrayContaining(['normalized']));
    expect(file.snippets.some((s) => 'words' in s || 'wordFields' in s)).toBe(false);
    expect(file.stories.some((s) => 'titleKey' in s)).toBe(false);
    const { checksum, ...rest } = file;
    expect(checksum).toBe(`sha256:${await sha256Hex(canonicalJson(rest))}`);
  });

  it('writes its keys in canonical order, so an import checks the checksum without sorting a copy', async () => {
    await buildFixtureLibrary(lib.deps);
    const text = await exportLibraryJson(lib.db, () => 1_234);
    expect(Object.keys(JSON.parse(text) as object)[0]).toBe('checksum');
    expect(text).toBe(canonicalJson(JSON.parse(text)));
  });

  it('hashes canonical JSON, independent of key order', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('export → import', () => {
  it('restores identical rows into an empty library, and merges its principles into the default list', async () => {
    await buildFixtureLibrary(lib.deps);
    const target = await emptyLibrary();
    const defaults = await listPrinciples(target);
    const report = await importLibrary(await exportLibraryJson(lib.db), target);
    // The search words come after the commit, in the background.
    expect((await target.snippets.toArray()).every((s) => s.words === undefined)).toBe(true);
    await fillPendingWords(target);
    const [source, restored] = [await snapshot(lib.db), await snapshot(target)];
    expect({ ...restored, principles: [] }).toEqual({ ...source, principles: [] });
    expect(report.snippets).toEqual({ added: 3, updated: 0, skipped: 0 });
    expect(report.stories).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(report.templates).toEqual({ added: 2, updated: 0, skipped: 0 });
    for (const table of ['decisions', 'osfMaps', 'rehearsals', 'interviews'] as const)
      expect(report[table]).toEqual({ added: 1, updated: 0, skipped: 0 });
    // Speed and Thrift are added after the defaults; Think Big and Frugality, removed in the file, stay.
    expect(report.principles).toEqual({ added: 2, updated: 0, skipped: defaults.length - 2 });
    expect(await listPrinciples(target)).toEqual([...defaults, 'Thrift', 'Speed']);
  });

  it("keeps the user's own principles when importing into a library with no snippets, stories or templates", async () => {
    await buildFixtureLibrary(lib.deps);
    const target = await emptyLibrary();
    await addPrinciple('Customer Obsession, always', target);
    await removePrinciple('Bias for Action', target);
    const before = await listPrinciples(target);
    const report = await importLibrary(await exportLibraryJson(lib.db), target);
    // Nothing of the user's is replaced; the file's new ones come after.
    expect(await listPrinciples(target)).toEqual([...before, 'Bias for Action', 'Thrift', 'Speed']);
    expect(report.principles).toEqual({ added: 3, updated: 0, skipped: 13 });
  });

  it('also reads the file as a Blob, as the file picker gives it', async () => {
    await buildFixtureLibrary(lib.deps);
    const target = await emptyLibrary();
    await importLibrary(new Blob([await exportLibraryJson(lib.db)], { type: 'application/json' }), target);
    await fillPendingWords(target);
    expect((await snapshot(target)).snippets).toEqual((await snapshot(lib.db)).snippets);
  });

  it('skips everything when a library imports its own export', async () => {
    await buildFixtureLibrary(lib.deps);
    const before = await snapshot(lib.db);
    const report = await importLibrary(await exportLibraryJson(lib.db), lib.db);
    expect(report).toEqual({
      principles: { added: 0, updated: 0, skipped: before.principles.length },
      snippets: { added: 0, updated: 0, skipped: 3 },
      stories: { added: 0, updated: 0, skipped: 2 },
      templates: { added: 0, updated: 0, skipped: 2 },
      decisions: { added: 0, updated: 0, skipped: 1 },
      osfMaps: { added: 0, updated: 0, skipped: 1 },
      rehearsals: { added: 0, updated: 0, skipped: 1 },
      interviews: { added: 0, updated: 0, skipped: 1 },
    });
    expect(await snapshot(lib.db)).toEqual(before);
  });

  it('merges into a library with content: snippets on text, stories on title, new ids where taken', async () => {
    const { story } = await buildFixtureLibrary(lib.deps);
    const file = await exportLibraryJson(lib.db);

    const target = await emptyLibrary();
    const deps = { db: target, analyze: fakeAnalyzer(), now: tickingClock(1_000) };
    // Older rows in the target: the same story title and the same snippet text, plus rows that take the file's ids.
    const mine = await createStory(
      { title: 'REFUND queue', learning: 'My own lesson.', principles: ['Earn Trust'] },
      deps,
    );
    const filler = await createStory({ title: 'Filler' }, deps);
    const same = await saveSnippet({ text: 'i cut refund tickets by 45%.', tags: ['mine'], note: '' }, deps);
    await saveSnippet({ text: 'Only in the target.' }, deps);
    await saveSnippet({ text: 'Also only in the target.' }, deps);
    await saveSnippet({ text: 'Third only in the target.' }, deps);

    const report = await importLibrary(file, target);
    expect(report.snippets).toEqual({ added: 2, updated: 1, skipped: 0 });
    expect(report.stories).toEqual({ added: 1, updated: 1, skipped: 0 });
    expect(report.templates).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(report.principles).toMatchObject({ added: 2 });

    const merged = (await target.stories.get(mine.id))!;
    // The file's story was saved later, so its parts win; principles and histories are unions.
    expect(merged).toMatchObject({
      title: 'Refund queue',
      learning: '',
      principles: ['Earn Trust', 'Ownership'],
      createdAt: mine.createdAt,
    });
    expect(merged.scoreHistory).toHaveLength(story.scoreHistory.length + mine.scoreHistory.length);
    expect(await target.stories.count()).toBe(3);
    expect((await target.stories.get(filler.id))!.title).toBe('Filler');

    const mergedSnippet = (await target.snippets.get(same.snippet.id))!;
    expect(mergedSnippet).toMatchObject({
      text: 'I cut refund tickets by 45%.',
      tags: ['mine', 'support', 'metrics'],
      note: 'lead with this',
      storyId: mine.id,
    });
    // Snippets whose ids were taken got new ones and still point at the merged story.
    const cafe = (await target.snippets.where('normalized').equals('café regulars noticed.').first())!;
    expect(cafe.storyId).toBe(mine.id);
    expect(await target.snippets.count()).toBe(6);
    expect(await target.principles.get('Thrift')).toBeDefined();
    expect(await target.principles.get('Frugality')).toBeDefined();
  });

  it('gives rows with ids near 2^53 − 1 new ids: every row is stored, and saving keeps working', async () => {
    const file = await largeLibraryFile(3, 0);
    file.snippets[2]!.id = Number.MAX_SAFE_INTEGER;
    file.snippets[1]!.id = KEPT_ID_CEILING + 1;
    await saveSnippet({ text: 'Mine, id 1.' }, lib.deps);
    await saveSnippet({ text: 'Mine, id 2.' }, lib.deps);
    const report = await importLibrary(JSON.stringify(await resign(file)), lib.db);
    expect(report.snippets).toEqual({ added: 3, updated: 0, skipped: 0 });
    const ids = (await lib.db.snippets.toArray()).map((s) => s.id);
    expect(ids).toEqual([1, 2, 3, 4, 5]);
    expect((await saveSnippet({ text: 'Saved after the import.' }, lib.deps)).snippet.id).toBe(6);
  });
});
