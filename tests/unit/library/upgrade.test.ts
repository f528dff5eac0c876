// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultPrincipleRows,
  openLibrary,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  type LibraryDB,
} from '@/lib/library/db';
import { fillPendingWords, fillWordsChunk } from '@/lib/library/words-backfill';
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
    {
      id: 1,
      title: 'Refund queue',
      problem: 'P',
      action: 'A',
      result: 'R',
      learning: 'L',
      metrics: [{ name: 'tickets', value: '1,200 → 660' }],
      score: 72,
      band: 'strong',
      createdAt: 100,
      updatedAt: 200,
    },
    {
      id: 2,
      title: 'refund  QUEUE',
      problem: '',
      action: '',
      result: '',
      learning: '',
      metrics: [],
      createdAt: 110,
      updatedAt: 110,
    },
  ]);
  await v1.table('snippets').bulkAdd([
    {
      id: 1,
      text: 'I cut refund tickets by 45%.',
      note: 'lead',
      tags: ['support'],
      principle: 'Ownership',
      storyId: 1,
      score: 80,
      band: 'strong',
      components: ['decision', 'outcome'],
      sourceTitle: 'Doc',
      sourceUrl: 'https://a',
      createdAt: 100,
      updatedAt: 150,
    },
    {
      id: 2,
      text: 'We shipped dashboards.',
      note: '',
      tags: [],
      score: 20,
      band: 'weak',
      components: [],
      sourceTitle: '',
      sourceUrl: '',
      createdAt: 120,
      updatedAt: 120,
    },
    // Version 1 had no dedupe, so the same text could be stored twice.
    {
      id: 3,
      text: 'i cut  refund tickets by 45%.',
      note: '',
      tags: ['metrics'],
      principle: 'Speed',
      score: 81,
      band: 'strong',
      components: ['decision'],
      sourceTitle: '',
      sourceUrl: '',
      createdAt: 130,
      updatedAt: 300,
    },
  ]);
  await v1
    .table('templates')
    .add({ id: 1, scope: 'story', text: 'P [p]', textKey: 'p [p]', name: '', createdAt: 1, updatedAt: 1 });
  v1.close();
}

describe('version 1 → 5', () => {
  it('upgrades every row of a database written by version 1', async () => {
    await writeVersion1();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(5);
    // Version 2's upgrade already wrote current words; version 4 queues them to be checked, and nothing changes.
    expect(await current.meta.toArray()).toEqual([{ name: 'wordsPending', ids: [1, 2] }]);
    await fillPendingWords(current);
    expect(await current.meta.count()).toBe(0);

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
        words: ['cut', 'refund', 'tickets', '45', 'support', 'metrics', 'lead'],
        wordFields: [4, 6],
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
        words: ['shipped', 'dashboards'],
        wordFields: [2, 2],
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

    // Rows and lists versions 2 and 3 did not change stay as they were, and populate did not run again.
    expect(await current.templates.toArray()).toEqual([
      { id: 1, scope: 'story', text: 'P [p]', textKey: 'p [p]', name: '', createdAt: 1, updatedAt: 1 },
    ]);
    expect(await current.principles.count()).toBe(defaultPrincipleRows().length + 1);
  });

  it('leaves the upgraded rows searchable through the new indexes', async () => {
    await writeVersion1();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await fillPendingWords(current);
    expect((await searchSnippets({ text: 'refu' }, current)).items.map((s) => s.id)).toEqual([1]);
    expect((await searchSnippets({ principle: 'Speed' }, current)).items.map((s) => s.id)).toEqual([1]);
    expect(await current.snippets.where('normalized').equals('we shipped dashboards.').count()).toBe(1);
    expect(await current.stories.where('titleKey').equals('refund queue').count()).toBe(1);
  });
});

/** What version 2 wrote: its schema, every word of a snippet in `words`, stopwords and lone letters included. */
const V2_SNIPPETS = [
  {
    id: 4,
    text: 'I cut the refund queue by 45% in a quarter.',
    note: 'Use it for the support question',
    tags: ['support', 'a/b test'],
    principles: ['Ownership'],
    storyId: 1,
    score: 81,
    band: 'strong',
    components: ['decision', 'metric'],
    sourceTitle: 'Doc',
    sourceUrl: 'https://a',
    createdAt: 100,
    updatedAt: 150,
    normalized: 'i cut the refund queue by 45% in a quarter.',
    words: [
      'i',
      'cut',
      'the',
      'refund',
      'queue',
      'by',
      '45',
      'in',
      'a',
      'quarter',
      'support',
      'b',
      'test',
      'use',
      'it',
      'for',
      'question',
    ],
    wordFields: [10, 13],
  },
  {
    id: 7,
    text: 'Latency fell from 480 ms to 310 ms.',
    note: '',
    tags: [],
    principles: [],
    score: 55,
    band: 'partial',
    components: ['metric'],
    sourceTitle: '',
    sourceUrl: '',
    createdAt: 120,
    updatedAt: 130,
    normalized: 'latency fell from 480 ms to 310 ms.',
    words: ['latency', 'fell', 'from', '480', 'ms', 'to', '310'],
    wordFields: [7, 7],
  },
  {
    // No stopword and no lone letter: version 3 leaves this row exactly as it was.
    id: 9,
    text: 'Churn halved after onboarding emails.',
    note: 'needs numbers',
    tags: ['growth'],
    principles: ['Dive Deep'],
    score: 30,
    band: 'weak',
    components: [],
    sourceTitle: 'Notes',
    sourceUrl: 'https://b',
    createdAt: 140,
    updatedAt: 140,
    normalized: 'churn halved after onboarding emails.',
    words: ['churn', 'halved', 'after', 'onboarding', 'emails', 'growth', 'needs', 'numbers'],
    wordFields: [5, 6],
  },
];

/** Version 2's snippets with version 3's words: stopwords and lone letters out, field ends moved accordingly. */
const UPGRADED_V2_SNIPPETS = [
  {
    ...V2_SNIPPETS[0]!,
    words: ['cut', 'refund', 'queue', '45', 'quarter', 'support', 'test', 'use', 'it', 'question'],
    wordFields: [5, 7],
  },
  { ...V2_SNIPPETS[1]!, words: ['latency', 'fell', '480', 'ms', '310'], wordFields: [5, 5] },
  V2_SNIPPETS[2]!,
];

const V2_STORY = {
  id: 1,
  title: 'Refund queue',
  titleKey: 'refund queue',
  problem: 'P',
  action: 'A',
  result: 'R',
  learning: 'L',
  principles: ['Ownership'],
  metrics: [{ name: 'tickets', value: '1,200 → 660', origin: 'user' }],
  scoreHistory: [{ score: 72, band: 'strong', at: 200 }],
  createdAt: 100,
  updatedAt: 200,
};

const V2_TEMPLATE = { id: 1, scope: 'story', text: 'P [p]', textKey: 'p [p]', name: '', createdAt: 1, updatedAt: 1 };

/** Writes a database exactly as version 2 of the extension did. */
async function writeVersion2() {
  const v2 = new Dexie(NAME, { indexedDB, IDBKeyRange });
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  await v2.table('principles').bulkAdd(defaultPrincipleRows());
  await v2.table('stories').add(V2_STORY);
  await v2.table('snippets').bulkAdd(V2_SNIPPETS);
  await v2.table('templates').add(V2_TEMPLATE);
  v2.close();
}

describe('version 2 → 5', () => {
  it('opens at once: rows as version 2 wrote them, every snippet queued, search already exact', async () => {
    await writeVersion2();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(5);
    expect(await current.snippets.toArray()).toEqual(V2_SNIPPETS);
    expect(await current.meta.toArray()).toEqual([{ name: 'wordsPending', ids: [4, 7, 9] }]);
    // Version 2 indexed "by" and "a"; search reads the rows' own fields, so neither matches.
    expect((await searchSnippets({ text: 'quar' }, current)).items.map((s) => s.id)).toEqual([4]);
    expect((await searchSnippets({ text: 'by' }, current)).total).toBe(0);
  });

  it('rewrites the words in the background: every row kept, only the search words changed', async () => {
    await writeVersion2();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await fillPendingWords(current);
    expect(await current.snippets.toArray()).toEqual(UPGRADED_V2_SNIPPETS);
    expect(await current.meta.count()).toBe(0);
    expect(await current.stories.toArray()).toEqual([V2_STORY]);
    expect(await current.templates.toArray()).toEqual([V2_TEMPLATE]);
    expect(await current.principles.toArray()).toEqual(
      defaultPrincipleRows().sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
  });

  it('loses nothing when the panel closes half way, and the next one carries on', async () => {
    await writeVersion2();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    expect(await fillWordsChunk(current, 1)).toBe(2);
    current.close();
    // A chunk interrupted before its commit: the transaction aborts, nothing of it is written.
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await current
      .transaction('rw', current.snippets, current.meta, async (tx) => {
        await current!.snippets.put({ ...V2_SNIPPETS[1]!, words: ['half'] } as never);
        tx.abort();
      })
      .catch(() => undefined);
    const [first, ...rest] = await current.snippets.toArray();
    expect(first).toEqual(UPGRADED_V2_SNIPPETS[0]);
    expect(rest).toEqual(V2_SNIPPETS.slice(1));
    expect(await current.meta.toArray()).toEqual([{ name: 'wordsPending', ids: [7, 9] }]);
    current.close();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await fillPendingWords(current);
    expect(await current.snippets.toArray()).toEqual(UPGRADED_V2_SNIPPETS);
  });

  it('drops the band index, keeps every other, and the words index holds no stopword once filled', async () => {
    await writeVersion2();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await fillPendingWords(current);
    const indexes = current.snippets.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['[score+updatedAt]', 'normalized', 'principles', 'storyId', 'tags', 'updatedAt', 'words']);
    const idb = current.backendDB();
    const store = idb.transaction('snippets', 'readonly').objectStore('snippets');
    expect([...store.indexNames]).not.toContain('band');
    const indexedWords = (await current.snippets.orderBy('words').uniqueKeys()) as string[];
    expect(indexedWords).toContain('quarter');
    for (const stop of ['i', 'the', 'by', 'in', 'a', 'to', 'from', 'for', 'b'])
      expect(indexedWords).not.toContain(stop);
    expect((await searchSnippets({ text: 'quar' }, current)).items.map((s) => s.id)).toEqual([4]);
    expect((await searchSnippets({ minBand: 'partial' }, current)).items.map((s) => s.id)).toEqual([4, 7]);
  });
});

describe('version 3 → 5', () => {
  it('keeps every row, and the background check of the words writes nothing', async () => {
    const v3 = new Dexie(NAME, { indexedDB, IDBKeyRange });
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.table('principles').bulkAdd(defaultPrincipleRows());
    await v3.table('stories').add(V2_STORY);
    await v3.table('snippets').bulkAdd(UPGRADED_V2_SNIPPETS);
    await v3.table('templates').add(V2_TEMPLATE);
    v3.close();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await current.open();
    expect(current.verno).toBe(5);
    expect(await current.meta.toArray()).toEqual([{ name: 'wordsPending', ids: [4, 7, 9] }]);
    let writes = 0;
    current.snippets.hook('updating', () => void writes++);
    current.snippets.hook('creating', () => void writes++);
    await fillPendingWords(current);
    expect(writes).toBe(0);
    expect(await current.snippets.toArray()).toEqual(UPGRADED_V2_SNIPPETS);
    expect(await current.stories.toArray()).toEqual([V2_STORY]);
    expect(await current.templates.toArray()).toEqual([V2_TEMPLATE]);
  });
});

/** Version 5's tables exist, empty, and take rows through their indexes. */
async function expectPrepTables(db: LibraryDB) {
  for (const table of ['decisions', 'osfMaps', 'rehearsals', 'interviews'] as const)
    expect(await db.table(table).count(), table).toBe(0);
  expect(db.decisions.schema.indexes.map((i) => i.name)).toEqual(['storyId']);
  expect(db.rehearsals.schema.indexes.map((i) => i.name)).toEqual(['storyId']);
  expect(db.interviews.schema.indexes.map((i) => [i.name, i.unique])).toEqual([['companyKey', true]]);
  expect(db.osfMaps.schema.primKey.name).toBe('storyId');
}

describe('every earlier version → 5', () => {
  it('from version 1: every row kept, and the preparation tables added empty', async () => {
    await writeVersion1();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await current.open();
    expect(await current.snippets.count()).toBe(2);
    expect(await current.stories.count()).toBe(2);
    expect(await current.templates.count()).toBe(1);
    await expectPrepTables(current);
  });

  it('from version 2: every row kept, and the preparation tables added empty', async () => {
    await writeVersion2();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    await current.open();
    expect(await current.snippets.toArray()).toEqual(V2_SNIPPETS);
    expect(await current.stories.toArray()).toEqual([V2_STORY]);
    await expectPrepTables(current);
  });

  it('from version 4: every row, the words queue included, kept exactly, and nothing rewritten', async () => {
    const v4 = new Dexie(NAME, { indexedDB, IDBKeyRange });
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    await v4.table('principles').bulkAdd([...defaultPrincipleRows(), { name: 'Speed', position: 99 }]);
    await v4.table('stories').add(V2_STORY);
    await v4.table('snippets').bulkAdd(UPGRADED_V2_SNIPPETS);
    await v4.table('templates').add(V2_TEMPLATE);
    // A words pass that had not finished when version 4 was closed.
    await v4.table('meta').put({ name: 'wordsPending', ids: [7] });
    v4.close();
    current = openLibrary(NAME, { indexedDB, IDBKeyRange });
    let writes = 0;
    for (const table of ['snippets', 'stories', 'templates', 'principles'] as const) {
      current.table(table).hook('updating', () => void writes++);
      current.table(table).hook('creating', () => void writes++);
    }
    await current.open();
    expect(current.verno).toBe(5);
    expect(writes).toBe(0);
    expect(await current.snippets.toArray()).toEqual(UPGRADED_V2_SNIPPETS);
    expect(await current.stories.toArray()).toEqual([V2_STORY]);
    expect(await current.templates.toArray()).toEqual([V2_TEMPLATE]);
    expect(await current.principles.count()).toBe(defaultPrincipleRows().length + 1);
    expect(await current.meta.toArray()).toEqual([{ name: 'wordsPending', ids: [7] }]);
    await expectPrepTables(current);
  });
});
