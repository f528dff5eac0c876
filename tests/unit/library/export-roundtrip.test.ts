// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
/**
 * The library's own export always imports: whatever the UI's write functions can make of a
 * library, "Export all" gives a file that "Import" takes into a fresh library, with every
 * snippet, story, template, decision log entry, OSF map, rehearsal and interview date equal,
 * and every principle there.
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
import { addDecision, deleteDecision, restoreDecision, setClaimProof, updateDecision } from '@/lib/library/decisions';
import { addInterview, deleteInterview, updateInterview } from '@/lib/library/interviews';
import { EVIDENCE_KINDS, OSF_NODES } from '@/lib/library/model';
import { saveOsfMap } from '@/lib/library/osf-maps';
import { deleteRehearsal, logRehearsal, restoreRehearsal } from '@/lib/library/rehearsals';
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
  | { kind: 'principle'; action: 'add' | 'rename' | 'remove' | 'reorder'; which: number; name: string }
  | { kind: 'decision'; story: number; day: string; long: boolean; evidence: number; edit: boolean }
  | { kind: 'delete-decision-undo'; which: number }
  | { kind: 'prove'; which: number; claim: string; proved: boolean }
  | { kind: 'osf'; story: number; nodes: number; long: boolean }
  | { kind: 'rehearse'; story: number; seconds: number; answers: number; long: boolean; undoDelete: boolean }
  | { kind: 'interview'; company: string; day: string; edit: boolean; remove: boolean };

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
  fc.record({
    kind: fc.constant('decision' as const),
    story: pick,
    day: fc.constantFrom('2024-02-29', '2023-12-31', '1999-01-01'),
    long: fc.boolean(),
    evidence: fc.integer({ min: 0, max: LIMITS.evidence }),
    edit: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('delete-decision-undo' as const), which: pick }),
  fc.record({
    kind: fc.constant('prove' as const),
    which: pick,
    claim: fc.constantFrom('fell 45%', 'Fell  45%', 'x'.repeat(LIMITS.claimText), 'from 1,200 to 660'),
    proved: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('osf' as const),
    story: pick,
    nodes: fc.integer({ min: 0, max: OSF_NODES.length }),
    long: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('rehearse' as const),
    story: pick,
    seconds: fc.constantFrom(0, 95, 121, LIMITS.rehearsalSeconds),
    answers: fc.integer({ min: 0, max: LIMITS.rehearsalAnswers }),
    long: fc.boolean(),
    undoDelete: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('interview' as const),
    company: fc.constantFrom('Acme', 'acme ', 'Globex'),
    day: fc.constantFrom('2030-03-14', '2031-01-01'),
    edit: fc.boolean(),
    remove: fc.boolean(),
  }),
);

/** Most runs start with a story, so the operations on a story's log, map and rehearsals have one to work on. */
const storyFirst = fc.record({
  kind: fc.constant('story' as const),
  title: fc.constant('First'),
  problem: storyPart,
  result: storyPart,
});
const runs = fc.oneof(
  { arbitrary: fc.array(op, { minLength: 1, maxLength: 18 }), weight: 1 },
  {
    arbitrary: fc.tuple(storyFirst, fc.array(op, { minLength: 1, maxLength: 18 })).map(([s, ops]) => [s, ...ops]),
    weight: 3,
  },
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
    case 'decision': {
      const s = at(stories, o.story);
      if (!s) return;
      const long = (n: number) => (o.long ? 'x'.repeat(n) : 'short');
      const input = {
        date: o.day,
        decision: long(LIMITS.decisionText),
        options: long(LIMITS.decisionText),
        tradeOff: long(LIMITS.decisionText),
        metric: long(LIMITS.metricText),
        result: long(LIMITS.decisionText),
        evidence: Array.from({ length: o.evidence }, (_, i) => ({
          kind: EVIDENCE_KINDS[i % EVIDENCE_KINDS.length]!,
          link: o.long ? `https://e.example/${'p'.repeat(LIMITS.evidenceLink - 20)}` : `OPS-${i}`,
          proves: long(LIMITS.evidenceProves),
          claims: o.long ? Array.from({ length: LIMITS.claimsPerEvidence }, (_, j) => `claim ${j}`) : [],
        })),
      };
      const row = await addDecision(s.id, input, deps);
      if (o.edit) await updateDecision(row.id, { ...input, decision: 'Edited.' }, deps);
      return;
    }
    case 'delete-decision-undo': {
      const d = at(await db.decisions.toArray(), o.which);
      if (!d) return;
      await restoreDecision((await deleteDecision(d.id, db))!, db);
      return;
    }
    case 'prove': {
      const d = at(await db.decisions.toArray(), o.which);
      if (d && d.evidence.length > 0) await setClaimProof({ decisionId: d.id, evidence: 0 }, o.claim, o.proved, deps);
      return;
    }
    case 'osf': {
      const s = at(stories, o.story);
      const nodes = Object.fromEntries(
        OSF_NODES.slice(0, o.nodes).map((n) => [n, o.long ? 'n'.repeat(LIMITS.osfNode) : '']),
      );
      if (s) await saveOsfMap(s.id, nodes, deps);
      return;
    }
    case 'rehearse': {
      const s = at(stories, o.story);
      if (!s) return;
      const answers = Array.from({ length: o.answers }, (_, i) => ({
        question: o.long ? 'q'.repeat(LIMITS.rehearsalQuestion) : 'What did you give up?',
        answer: o.long ? 'a'.repeat(LIMITS.rehearsalAnswer) : '',
        score: i % 101,
        band: 'weak' as const,
      }));
      const row = await logRehearsal(s.id, { seconds: o.seconds, answers }, deps);
      if (o.undoDelete) await restoreRehearsal((await deleteRehearsal(row.id, db))!, db);
      return;
    }
    case 'interview': {
      const row = await addInterview({ company: o.company, date: o.day }, deps);
      if (o.edit) await updateInterview(row.id, { company: `${o.company} Inc`, date: o.day }, deps);
      if (o.remove) await deleteInterview(row.id, db);
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
      fc.asyncProperty(runs, async (ops) => {
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
