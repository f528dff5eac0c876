// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
/** The decision log, OSF maps, rehearsals and interview dates as the panel writes them. */
import { describe, expect, it } from 'vitest';
import {
  addDecision,
  deleteDecision,
  listDecisions,
  restoreDecision,
  setClaimProof,
  updateDecision,
} from '@/lib/library/decisions';
import { LibraryInputError, NotInLibraryError } from '@/lib/library/errors';
import { addInterview, deleteInterview, listInterviews, updateInterview } from '@/lib/library/interviews';
import { LIMITS } from '@/lib/library/limits';
import { getOsfMap, saveOsfMap } from '@/lib/library/osf-maps';
import { deleteRehearsal, listRehearsals, logRehearsal, restoreRehearsal } from '@/lib/library/rehearsals';
import { createStory, deleteStory, restoreStory } from '@/lib/library/stories';
import { fakeAnalyzer, snapshot, useLibrary } from './helpers';

const lib = useLibrary(fakeAnalyzer());
const story = () => createStory({ title: 'Refund queue', result: 'Tickets fell 45% in 30 days.' }, lib.deps);

describe('the decision log', () => {
  it('keeps dated entries in day order, with evidence labelled and stored as typed', async () => {
    const s = await story();
    const later = await addDecision(s.id, { date: '2024-03-01', decision: 'Rolled it out.' }, lib.deps);
    const first = await addDecision(
      s.id,
      {
        date: '2024-02-01',
        decision: '  Rebuilt triage instead of hiring. ',
        options: 'Hire; chatbot; rebuild.',
        tradeOff: 'Two weeks of roadmap.',
        metric: 'refund tickets',
        result: 'Tickets fell 45%.',
        evidence: [{ kind: 'ticket', link: ' javascript:alert(1) ', proves: 'the decision was mine' }],
      },
      lib.deps,
    );
    expect(first).toMatchObject({
      storyId: s.id,
      decision: 'Rebuilt triage instead of hiring.',
      evidence: [{ kind: 'ticket', link: 'javascript:alert(1)', proves: 'the decision was mine', claims: [] }],
    });
    expect((await listDecisions(s.id, lib.db)).map((d) => d.id)).toEqual([first.id, later.id]);
  });

  it.each([
    [{ date: '2024-02-30', decision: 'x' }, 'An entry needs the day of the decision.'],
    [{ date: '', decision: 'x' }, 'An entry needs the day of the decision.'],
    [{ date: '2024-02-01', decision: '   ' }, 'An entry needs the decision itself.'],
    [
      { date: '2024-02-01', decision: 'x', tradeOff: 'y'.repeat(LIMITS.decisionText + 1) },
      'The trade-off is too long (2001 characters; the limit is 2000).',
    ],
    [
      { date: '2024-02-01', decision: 'x', evidence: [{ kind: 'doc' as const, link: '', proves: 'p' }] },
      'Evidence 1 needs a link or a reference: where can it be found?',
    ],
    [
      { date: '2024-02-01', decision: 'x', evidence: [{ kind: 'doc' as const, link: 'l', proves: ' ' }] },
      'Evidence 1 needs a label: what does it prove?',
    ],
    [
      {
        date: '2024-02-01',
        decision: 'x',
        evidence: Array.from({ length: 21 }, () => ({ kind: 'note' as const, link: 'l', proves: 'p' })),
      },
      'An entry can hold at most 20 pieces of evidence.',
    ],
  ])('refuses %j with a sentence, writing nothing', async (input, message) => {
    const s = await story();
    const before = await snapshot(lib.db);
    await expect(addDecision(s.id, input, lib.deps)).rejects.toThrow(new LibraryInputError(message));
    expect(await snapshot(lib.db)).toEqual(before);
  });

  it('holds at most 200 entries per story, and Undo of a delete never passes that', async () => {
    const s = await story();
    const rows = [];
    for (let i = 0; i < LIMITS.decisionsPerStory; i++)
      rows.push(await addDecision(s.id, { date: '2024-01-01', decision: `Entry ${i}` }, lib.deps));
    await expect(addDecision(s.id, { date: '2024-01-01', decision: 'One more' }, lib.deps)).rejects.toThrow(
      "A story's decision log holds at most 200 entries.",
    );
    const gone = (await deleteDecision(rows[0]!.id, lib.db))!;
    await addDecision(s.id, { date: '2024-01-01', decision: 'Took its place' }, lib.deps);
    await expect(restoreDecision(gone, lib.db)).rejects.toThrow("A story's decision log holds at most 200 entries.");
  });

  it('links a claim to a piece of evidence and unlinks it, by the claim’s words, case and spacing aside', async () => {
    const s = await story();
    const entry = await addDecision(
      s.id,
      { date: '2024-02-01', decision: 'd', evidence: [{ kind: 'dashboard', link: 'https://d', proves: 'the drop' }] },
      lib.deps,
    );
    const linked = await setClaimProof({ decisionId: entry.id, evidence: 0 }, 'Fell  45%', true, lib.deps);
    expect(linked.evidence[0]!.claims).toEqual(['fell 45%']);
    await setClaimProof({ decisionId: entry.id, evidence: 0 }, 'fell 45%', true, lib.deps);
    expect((await lib.db.decisions.get(entry.id))!.evidence[0]!.claims).toEqual(['fell 45%']);
    const unlinked = await setClaimProof({ decisionId: entry.id, evidence: 0 }, 'FELL 45%', false, lib.deps);
    expect(unlinked.evidence[0]!.claims).toEqual([]);
    await expect(setClaimProof({ decisionId: entry.id, evidence: 3 }, 'x', true, lib.deps)).rejects.toBeInstanceOf(
      NotInLibraryError,
    );
    await expect(
      setClaimProof({ decisionId: entry.id, evidence: 0 }, 'x'.repeat(LIMITS.claimText + 1), true, lib.deps),
    ).rejects.toThrow('A claim can be at most 1000 characters to be linked to its proof.');
  });

  it('edits an entry in place, keeping when it was created', async () => {
    const s = await story();
    const entry = await addDecision(s.id, { date: '2024-02-01', decision: 'd' }, lib.deps);
    const edited = await updateDecision(entry.id, { date: '2024-02-02', decision: 'e', metric: 'churn' }, lib.deps);
    expect(edited).toMatchObject({ id: entry.id, date: '2024-02-02', decision: 'e', metric: 'churn' });
    expect(edited.createdAt).toBe(entry.createdAt);
    expect(edited.updatedAt).toBeGreaterThan(entry.updatedAt);
  });
});

describe('the OSF map', () => {
  it('keeps only the nodes the user wrote; none left means the story’s own map again', async () => {
    const s = await story();
    expect(await saveOsfMap(s.id, { hypothesis: ' Triage was the bottleneck. ', design: '' }, lib.deps)).toMatchObject({
      nodes: { hypothesis: 'Triage was the bottleneck.', design: '' },
    });
    expect(await saveOsfMap(s.id, {}, lib.deps)).toBeUndefined();
    expect(await getOsfMap(s.id, lib.db)).toBeUndefined();
    await expect(saveOsfMap(s.id, { outcome: 'x'.repeat(2_001) }, lib.deps)).rejects.toThrow(
      'A node of the map can be at most 2,000 characters.',
    );
    await expect(saveOsfMap(999, { outcome: 'x' }, lib.deps)).rejects.toBeInstanceOf(NotInLibraryError);
  });
});

describe('rehearsals', () => {
  it('logs the time spoken and each scored answer, oldest first; delete has Undo', async () => {
    const s = await story();
    const one = await logRehearsal(s.id, { seconds: 130, answers: [] }, lib.deps);
    const two = await logRehearsal(
      s.id,
      {
        seconds: 95,
        answers: [{ question: 'What did you give up?', answer: ' Two weeks. ', score: 30, band: 'weak' }],
      },
      lib.deps,
    );
    expect(two.answers).toEqual([{ question: 'What did you give up?', answer: 'Two weeks.', score: 30, band: 'weak' }]);
    expect((await listRehearsals(s.id, lib.db)).map((r) => r.id)).toEqual([one.id, two.id]);
    const gone = (await deleteRehearsal(one.id, lib.db))!;
    expect(await listRehearsals(s.id, lib.db)).toHaveLength(1);
    await restoreRehearsal(gone, lib.db);
    expect(await listRehearsals(s.id, lib.db)).toHaveLength(2);
  });

  it.each([
    [{ seconds: -1, answers: [] }, 'The time spoken must be a whole number of seconds, at most a day.'],
    [{ seconds: 1.5, answers: [] }, 'The time spoken must be a whole number of seconds, at most a day.'],
    [
      { seconds: 10, answers: [{ question: ' ', answer: 'a', score: 1, band: 'weak' as const }] },
      'Question 1 must be 1 to 500 characters.',
    ],
    [
      { seconds: 10, answers: [{ question: 'q', answer: 'a'.repeat(2_001), score: 1, band: 'weak' as const }] },
      'Answer 1 can be at most 2,000 characters.',
    ],
  ])('refuses %j', async (input, message) => {
    const s = await story();
    await expect(logRehearsal(s.id, input, lib.deps)).rejects.toThrow(message);
    expect(await lib.db.rehearsals.count()).toBe(0);
  });
});

describe('interview dates', () => {
  it('keeps one date per company, soonest first', async () => {
    const acme = await addInterview({ company: '  Acme  Corp ', date: '2030-03-14' }, lib.deps);
    await addInterview({ company: 'Globex', date: '2030-01-02' }, lib.deps);
    expect(acme.company).toBe('Acme Corp');
    await expect(addInterview({ company: 'ACME corp', date: '2030-04-01' }, lib.deps)).rejects.toThrow(
      'You already have a date for ACME corp.',
    );
    await expect(addInterview({ company: 'Initech', date: '14/03/2030' }, lib.deps)).rejects.toThrow(
      'Pick the day of the interview.',
    );
    await updateInterview(acme.id, { company: 'Acme Corp', date: '2029-12-31' }, lib.deps);
    expect((await listInterviews(lib.db)).map((i) => i.company)).toEqual(['Acme Corp', 'Globex']);
    await deleteInterview(acme.id, lib.db);
    expect((await listInterviews(lib.db)).map((i) => i.company)).toEqual(['Globex']);
  });
});

describe('deleting a story', () => {
  it('takes its log, map and rehearsals with it, and Undo brings them all back', async () => {
    const s = await story();
    const other = await createStory({ title: 'Pricing' }, lib.deps);
    await addDecision(s.id, { date: '2024-02-01', decision: 'd' }, lib.deps);
    await addDecision(other.id, { date: '2024-02-01', decision: 'kept' }, lib.deps);
    await saveOsfMap(s.id, { hypothesis: 'h' }, lib.deps);
    await logRehearsal(s.id, { seconds: 90, answers: [] }, lib.deps);
    const before = await snapshot(lib.db);
    const deleted = (await deleteStory(s.id, lib.db))!;
    expect(deleted.decisions).toHaveLength(1);
    expect(deleted.rehearsals).toHaveLength(1);
    expect(deleted.osfMap?.nodes).toEqual({ hypothesis: 'h' });
    expect(await lib.db.decisions.count()).toBe(1);
    expect(await lib.db.osfMaps.count()).toBe(0);
    expect(await lib.db.rehearsals.count()).toBe(0);
    await restoreStory(deleted, lib.db);
    expect(await snapshot(lib.db)).toEqual(before);
  });

  it('brings an entry back under a new id when an import gave its id to another row meanwhile', async () => {
    const s = await story();
    const other = await createStory({ title: 'Pricing' }, lib.deps);
    const entry = await addDecision(s.id, { date: '2024-02-01', decision: 'mine' }, lib.deps);
    const deleted = (await deleteStory(s.id, lib.db))!;
    await lib.db.decisions.put({ ...entry, storyId: other.id, decision: 'imported' });
    await restoreStory(deleted, lib.db);
    const rows = await lib.db.decisions.toArray();
    expect(rows.map((d) => [d.storyId, d.decision])).toEqual([
      [other.id, 'imported'],
      [s.id, 'mine'],
    ]);
  });
});
