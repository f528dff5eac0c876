// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPrincipleRows, openLibrary, SCHEMA_V1, type LibraryDB } from '@/lib/library/db';
import { searchSnippets } from '@/lib/library/search';

const NAME = 'library-upgrade-test';
let current: LibraryDB | undefined;
afterEach(async () => {
  await (current ?? openLibrary(NAME, { indexedDB, IDBKeyRange })).delete();
  current = undefined;
});

/** Writes a database exactly as version 1 of the extension did. */
async function writeVersion1() {
  const v1 = new Dexie(NAME, { indexedDB, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('principles').bulkAdd([...defaultPrincipleRows(), { name: 'Speed', position: 99 }]);
  await v1.table('stories').bulkAdd([
    { id: 1, title: 'Refund queue', problem: 'P', action: 'A', result: 'R', learning: 'L', metrics: [{ name: 'tickets', value: '1,200 → 660' }], score: 72, band: 'strong', createdAt: 100, updatedAt: 200 },
    { id: 2, title: 'refund  QUEUE', problem: '', action: '', result: '', learning: '', metrics: [], createdAt: 110, updatedAt: 110 },
  ]);
  await v1.table('snippets').bulkAdd([
    { id: 1, text: 'I cut refund tickets by 45%.', note: 'lead', tags: ['support'], principle: 'Ownership', storyId: 1, score: 80, band: 'strong', components: ['decision', 'outcome'], sourceTitle: 'Doc', sourceUrl: 'https://a', createdAt: 100, updatedAt: 150 },
    { id: 2, text: 'We shipped dashboards.', note: '', tags: [], score: 20, band: 'weak', components: [], sourceTitle: '', sourceUrl: '', createdAt: 120, updatedAt: 120 },
    // Version 1 had no dedupe, so the same text could be stored twice.
    { id: 3, text: 'i cut  refund tickets by 45%.', note: '', tags: ['metrics'], principle: 'Speed', score: 81, band: 'strong', components: ['decision'], sourceTitle: '', sourceUrl: '', createdAt: 130, updatedAt: 300 },
  ]);
  await v1.table('templates').add({ id: 1, scope: 'story', text: 'P [p]', textKey: 'p [p]', name: '', createdAt: 1, updatedAt: 1 });
  v1.close();
}

describe('version 1 → 2', () => {
  it('upgrades every row of a database written by version 1', async () => {
    await writeVersion1();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(2);

    expect(await current.snippets.toArray()).toEqual([
      {
        id: 1,
        text: 'i cut  refund tickets by 45%.',
        note: 'lead',
        tags: ['support', 'metrics'],
        principles: ['Ownership', 'Speed'],
        storyId: 1,
        score: 81,
        band: 'strong',
        components: ['decision'],
        sourceTitle: 'Doc',
        sourceUrl: 'https://a',
        createdAt: 100,
        updatedAt: 300,
        normalized: 'i cut refund tickets by 45%.',
        words: ['i', 'cut', 'refund', 'tickets', 'by', '45', 'support', 'metrics', 'lead'],
        wordFields: [6, 8],
      },
      {
        id: 2,
        text: 'We shipped dashboards.',
        note: '',
        tags: [],
        principles: [],
        score: 20,
        band: 'weak',
        components: [],
        sourceTitle: '',
        sourceUrl: '',
        createdAt: 120,
        updatedAt: 120,
        normalized: 'we shipped dashboards.',
        words: ['we', 'shipped', 'dashboards'],
        wordFields: [3, 3],
      },
    ]);

    expect(await current.stories.toArray()).toEqual([
      {
        id: 1,
        title: 'Refund queue',
        titleKey: 'refund queue',
        problem: 'P',
        action: 'A',
        result: 'R',
        learning: 'L',
        principles: [],
        metrics: [{ name: 'tickets', value: '1,200 → 660', origin: 'user' }],
        scoreHistory: [{ score: 72, band: 'strong', at: 200 }],
        createdAt: 100,
        updatedAt: 200,
      },
      {
        id: 2,
        title: 'refund  QUEUE (2)',
        titleKey: 'refund queue (2)',
        problem: '',
        action: '',
        result: '',
        learning: '',
        principles: [],
        metrics: [],
        scoreHistory: [],
        createdAt: 110,
        updatedAt: 110,
      },
    ]);

    // Rows and lists version 2 did not change stay as they were, and populate did not run again.
    expect(await current.templates.toArray()).toEqual([{ id: 1, scope: 'story', text: 'P [p]', textKey: 'p [p]', name: '', createdAt: 1, updatedAt: 1 }]);
    expect(await current.principles.count()).toBe(defaultPrincipleRows().length + 1);
  });

  it('leaves the upgraded rows searchable through the new indexes', async () => {
    await writeVersion1();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    expect((await searchSnippets({ text: 'refu' }, current)).items.map((s) => s.id)).toEqual([1]);
    expect((await searchSnippets({ principle: 'Speed' }, current)).items.map((s) => s.id)).toEqual([1]);
    expect(await current.snippets.where('normalized').equals('we shipped dashboards.').count()).toBe(1);
    expect(await current.stories.where('titleKey').equals('refund queue').count()).toBe(1);
  });
});
