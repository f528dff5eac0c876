// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
/**
 * The library's own export always imports: whatever the UI's write functions can make of a
 * library, "Export all" gives a file that "Import" takes into a fresh library, with every
 * snippet, story and template equal, and every principle there.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import type { LibraryDB } from '@/lib/library/db';
import type { LibraryDeps } from '@/lib/library/deps';
import { exportLibraryJson } from '@/lib/library/exchange/export';
import { importLibrary } from '@/lib/library/exchange/import';
import { LIMITS } from '@/lib/library/limits';
import {
  addPrinciple,
  listPrinciples,
  removePrinciple,
  renamePrinciple,
  reorderPrinciples,
} from '@/lib/library/principles';
import { deleteSnippet, restoreSnippet, saveSnippet, updateSnippet } from '@/lib/library/snippets';
import { createStory, deleteStory, restoreStory, saveStory, setStoryMetrics } from '@/lib/library/stories';
import { addTemplate, deleteTemplate, updateTemplate } from '@/lib/library/templates';
import { fillPendingWords } from '@/lib/library/words-backfill';
import { newLibrary, snapshot, tickingClock } from './helpers';

const opened: LibraryDB[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});
async function library(): Promise<LibraryDB> {
  const db = newLibrary();
  opened.push(db);
  await db.open();
  return db;
}

/** A story part the Stories view can save: short, long with many numbers, or one sentence with a very long list. */
const storyPart = fc.oneof(
  fc.constantFrom('', 'Refund tickets had risen to 1,200 a week.', 'I chose day-7 activation as the goal.'),
  fc
    .integer({ min: 90, max: 130 })
    .map((n) => Array.from({ length: n }, (_, i) => `Refund tickets rose to ${i + 2} a week.`).join(' ')),
  fc
    .integer({ min: 150, max: 220 })
    .map((n) => `Conversion went ${Array.from({ length: n }, (_, i) => `${i + 10}%`).join(', ')} over the year.`),
);
const words = fc.constantFrom('refund', 'tickets', 'triage', 'I', 'cut', '45%', 'growth', 'we', 'shipped', 'Café');
const text = fc.array(words, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const tags = fc.array(fc.constantFrom('support', 'growth', 'perf', ' Mixed Case ', 'q3'), { maxLength: 4 });
const manyTags = fc.integer({ min: 30, max: 50 }).map((n) => Array.from({ length: n }, (_, i) => `tag${i}`));
const pick = fc.nat();

type Op =
  | { kind: 'save'; text: string; tags: string[]; principle: number; story: number; note: string }
  | { kind: 'resave'; which: number; tags: string[] }
  | { kind: 'edit'; which: number; text: string; tags: string[] }
  | { kind: 'delete-undo'; which: number; between: 'remove-principle' | 'nothing' }
  | { kind: 'story'; title: string; problem: string; result: string }
  | { kind: 'resave-story'; which: number; problem: string }
  | { kind: 'metrics'; which: number; count: number; long: boolean }
  | { kind: 'delete-story-undo'; which: number }
  | { kind: 'template'; text: string; edit: boolean; remove: boolean }
  | { kind: 'principle'; action: 'add' | 'rename' | 'remove' | 'reorder'; which: number; name: string };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('save' as const),
    text,
    tags: fc.oneof(tags, manyTags),
    principle: pick,
    story: pick,
    note: fc.constantFrom('', 'lead with this'),
  }),
  fc.record({ kind: fc.constant('resave' as const), which: pick, tags: fc.oneof(tags, manyTags) }),
  fc.record({ kind: fc.constant('edit' as const), which: pick, text, tags: fc.oneof(tags, manyTags) }),
  fc.record({
    kind: fc.constant('delete-undo' as const),
    which: pick,
    between: fc.constantFrom('remove-principle' as const, 'nothing' as const),
  }),
  fc.record({
    kind: fc.constant('story' as const),
    title: fc.constantFrom('Refunds', 'Activation', 'refunds ', 'Pricing'),
    problem: storyPart,
    result: storyPart,
  }),
  fc.record({ kind: fc.constant('resave-story' as const), which: pick, problem: storyPart }),
  fc.record({
    kind: fc.constant('metrics' as const),
    which: pick,
    count: fc.integer({ min: 0, max: LIMITS.metrics }),
    long: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('delete-story-undo' as const), which: pick }),
  fc.record({
    kind: fc.constant('template' as const),
    text: fc.constantFrom('I [verb] [thing].', 'We cut [metric] by [X%].'),
    edit: fc.boolean(),
    remove: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('principle' as const),
    action: fc.constantFrom('add' as const, 'rename' as const, 'remove' as const, 'reorder' as const),
    which: pick,
    name: fc.constantFrom('Speed', 'Thrift', 'Ownership', 'Ownership!'),
  }),
);

const at = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** Runs one operation as the UI would; what the UI refuses (a duplicate title, a full list) is refused here too. */
async function run(o: Op, deps: LibraryDeps): Promise<void> {
  const { db } = deps;
  const principles = await listPrinciples(db);
  const snippets = await db.snippets.toArray();
  const stories = await db.stories.toArray();
  switch (o.kind) {
    case 'save': {
      const story = at(stories, o.story);
      await saveSnippet(
        {
          text: o.text,
          tags: o.tags,
          note: o.note,
          principles: [at(principles, o.principle) ?? ''],
          storyId: story?.id,
        },
        deps,
      );
      return;
    }
    case 'resave': {
      // Saving a text the library has merges into that snippet: tags and principles are unions.
      const s = at(snippets, o.which);
      if (s) await saveSnippet({ text: s.text.toUpperCase(), tags: o.tags.map((t) => `${t}-again`) }, deps);
      return;
    }
    case 'edit': {
      const s = at(snippets, o.which);
      if (s) await updateSnippet(s.id, { text: o.text, tags: o.tags }, deps);
      return;
    }
    case 'delete-undo': {
      const s = at(snippets, o.which);
      if (!s) return;
      const row = (await deleteSnippet(s.id, db))!;
      if (o.between === 'remove-principle' && row.principles[0]) await removePrinciple(row.principles[0], db);
      await restoreSnippet(row, db);
      return;
    }
    case 'story':
      await createStory({ title: o.title, problem: o.problem, result: o.result }, deps);
      return;
    case 'resave-story': {
      const s = at(stories, o.which);
      if (s) await saveStory(s.id, { problem: o.problem }, deps);
      return;
    }
    case 'metrics': {
      const s = at(stories, o.which);
      const value = (i: number) => (o.long ? `${i}`.padEnd(LIMITS.metricText, '0') : `${i}%`);
      if (s)
        await setStoryMetrics(
          s.id,
          Array.from({ length: o.count }, (_, i) => ({ name: `metric ${i}`, value: value(i) })),
          db,
        );
      return;
    }
    case 'delete-story-undo': {
      const s = at(stories, o.which);
      if (!s) return;
      const deleted = (await deleteStory(s.id, db))!;
      if (deleted.story.principles[0]) await removePrinciple(deleted.story.principles[0], db).catch(() => undefined);
      await restoreStory(deleted, db);
      return;
    }
    case 'template': {
      const row = await addTemplate({ scope: 'story', text: o.text }, deps);
      if (o.edit) await updateTemplate(row.id, { name: 'Mine' }, deps);
      if (o.remove) await deleteTemplate(row.id, db);
      return;
    }
    case 'principle': {
      const name = at(principles, o.which);
      if (o.action === 'add') await addPrinciple(o.name, db);
      else if (o.action === 'rename' && name) await renamePrinciple(name, o.name, db);
      else if (o.action === 'remove' && name) await removePrinciple(name, db);
      else if (o.action === 'reorder') await reorderPrinciples([...principles].reverse(), db);
    }
  }
}

/** Errors the UI shows as messages: the operation was refused and nothing was written. */
const REFUSALS = new Set([
  'LibraryInputError',
  'NotInLibraryError',
  'SnippetExistsError',
  'StoryTitleTakenError',
  'TemplateExistsError',
]);

describe('Export all → Import', () => {
  it('imports into a fresh library whatever the UI wrote, with every row equal', { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (ops) => {
        const source = await library();
        const deps: LibraryDeps = { db: source, analyze: (t) => analyze(t), now: tickingClock() };
        for (const o of ops) {
          await run(o, deps).catch((error: unknown) => {
            if (!REFUSALS.has((error as Error).name)) throw error;
          });
        }
        const target = await library();
        const defaults = await listPrinciples(target);
        await importLibrary(await exportLibraryJson(source), target);
        await fillPendingWords(target);
        const [mine, restored] = [await snapshot(source), await snapshot(target)];
        expect({ ...restored, principles: [] }).toEqual({ ...mine, principles: [] });
        const names = restored.principles.map((p) => p.name);
        for (const p of mine.principles) expect(names).toContain(p.name);
        for (const name of names) expect([...mine.principles.map((p) => p.name), ...defaults]).toContain(name);
      }),
      { numRuns: 100 },
    );
  });
});
