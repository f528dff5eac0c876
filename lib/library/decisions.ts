/**
 * Each story's decision log: dated entries with the decision, the options weighed, the
 * trade-off, the metric it was meant to move, what happened, and the evidence for it. Evidence
 * links are kept as the text the user typed; the panel makes only http(s) ones clickable.
 * A piece of evidence also lists the story's claims it proves (see ../prep/claims).
 */
import { libraryDb, type LibraryDB } from './db';
import { isDay } from './day';
import { resolveDeps, type LibraryDeps } from './deps';
import { LibraryInputError, NotInLibraryError } from './errors';
import { LIMITS } from './limits';
import { EVIDENCE_KINDS, type DecisionRow, type Evidence, type EvidenceKind } from './model';
import { writeLibrary } from './quota';
import { claimKey, unique } from './text';

export { claimKey };

export interface EvidenceInput {
  kind: EvidenceKind;
  link: string;
  proves: string;
  claims?: readonly string[];
}

export interface DecisionInput {
  date: string;
  decision: string;
  options?: string;
  tradeOff?: string;
  metric?: string;
  result?: string;
  evidence?: readonly EvidenceInput[];
}

type DecisionFields = Omit<DecisionRow, 'id' | 'storyId' | 'createdAt' | 'updatedAt'>;

function text(value: string | undefined, max: number, what: string): string {
  const clean = (value ?? '').trim();
  if (clean.length > max)
    throw new LibraryInputError(`The ${what} is too long (${clean.length} characters; the limit is ${max}).`);
  return clean;
}

function checkEvidence(item: EvidenceInput, n: number): Evidence {
  if (!EVIDENCE_KINDS.includes(item.kind)) throw new LibraryInputError(`Evidence ${n} needs a kind.`);
  const link = text(item.link, LIMITS.evidenceLink, `link of evidence ${n}`);
  const proves = text(item.proves, LIMITS.evidenceProves, `label of evidence ${n}`);
  if (!link) throw new LibraryInputError(`Evidence ${n} needs a link or a reference: where can it be found?`);
  if (!proves) throw new LibraryInputError(`Evidence ${n} needs a label: what does it prove?`);
  const claims = unique((item.claims ?? []).map(claimKey).filter(Boolean));
  if (claims.length > LIMITS.claimsPerEvidence)
    throw new LibraryInputError(`A piece of evidence can prove at most ${LIMITS.claimsPerEvidence} claims.`);
  if (claims.some((c) => c.length > LIMITS.claimText))
    throw new LibraryInputError(`A claim can be at most ${LIMITS.claimText} characters to be linked to its proof.`);
  return { kind: item.kind, link, proves, claims };
}

/** The entry as it will be stored, or a LibraryInputError saying what to fix. */
export function checkDecision(input: DecisionInput): DecisionFields {
  if (!isDay(input.date)) throw new LibraryInputError('An entry needs the day of the decision.');
  const decision = text(input.decision, LIMITS.decisionText, 'decision');
  if (!decision) throw new LibraryInputError('An entry needs the decision itself.');
  const evidence = input.evidence ?? [];
  if (evidence.length > LIMITS.evidence)
    throw new LibraryInputError(`An entry can hold at most ${LIMITS.evidence} pieces of evidence.`);
  return {
    date: input.date,
    decision,
    options: text(input.options, LIMITS.decisionText, 'list of options'),
    tradeOff: text(input.tradeOff, LIMITS.decisionText, 'trade-off'),
    metric: text(input.metric, LIMITS.metricText, 'metric'),
    result: text(input.result, LIMITS.decisionText, 'account of what happened'),
    evidence: evidence.map((item, i) => checkEvidence(item, i + 1)),
  };
}

// Dexie promises only inside write transactions (see ./snippets on PrematureCommitError).
function checkRoom(db: LibraryDB, storyId: number): Promise<void> {
  return db.stories.get(storyId).then((story) => {
    if (!story) throw new NotInLibraryError('story', storyId);
    return db.decisions
      .where('storyId')
      .equals(storyId)
      .count()
      .then((mine) => {
        if (mine >= LIMITS.decisionsPerStory)
          throw new LibraryInputError(`A story's decision log holds at most ${LIMITS.decisionsPerStory} entries.`);
        return db.decisions.count();
      })
      .then((all) => {
        if (all >= LIMITS.decisions)
          throw new LibraryInputError(
            `Your library holds ${LIMITS.decisions.toLocaleString('en')} decision log entries, the most it can.`,
          );
      });
  });
}

export async function addDecision(
  storyId: number,
  input: DecisionInput,
  deps: Partial<LibraryDeps> = {},
): Promise<DecisionRow> {
  const { db, now } = resolveDeps(deps);
  const fields = checkDecision(input);
  const at = now();
  return writeLibrary(db, ['stories', 'decisions'], async () => {
    await checkRoom(db, storyId);
    const row = { ...fields, storyId, createdAt: at, updatedAt: at };
    const id = await db.decisions.add(row as DecisionRow);
    return { ...row, id };
  });
}

export async function updateDecision(
  id: number,
  input: DecisionInput,
  deps: Partial<LibraryDeps> = {},
): Promise<DecisionRow> {
  const { db, now } = resolveDeps(deps);
  const fields = checkDecision(input);
  return writeLibrary(db, ['decisions'], async () => {
    const row = await db.decisions.get(id);
    if (!row) throw new NotInLibraryError('decision', id);
    const next: DecisionRow = { ...row, ...fields, updatedAt: Math.max(now(), row.updatedAt) };
    await db.decisions.put(next);
    return next;
  });
}

/** Marks a claim as proved, or no longer proved, by one piece of an entry's evidence. */
export async function setClaimProof(
  ref: { decisionId: number; evidence: number },
  claim: string,
  proved: boolean,
  deps: Partial<LibraryDeps> = {},
): Promise<DecisionRow> {
  const { db, now } = resolveDeps(deps);
  return writeLibrary(db, ['decisions'], async () => {
    const row = await db.decisions.get(ref.decisionId);
    const item = row?.evidence[ref.evidence];
    if (!row || !item) throw new NotInLibraryError('decision', ref.decisionId);
    const key = claimKey(claim);
    const claims = proved ? unique([...item.claims, key]) : item.claims.filter((c) => c !== key);
    const evidence = row.evidence.map((e, i) => (i === ref.evidence ? checkEvidence({ ...e, claims }, i + 1) : e));
    const next: DecisionRow = { ...row, evidence, updatedAt: Math.max(now(), row.updatedAt) };
    await db.decisions.put(next);
    return next;
  });
}

export async function deleteDecision(id: number, db: LibraryDB = libraryDb): Promise<DecisionRow | undefined> {
  return writeLibrary(db, ['decisions'], async () => {
    const row = await db.decisions.get(id);
    if (row) await db.decisions.delete(id);
    return row;
  });
}

/** Undo of deleteDecision: the entry returns under its id, unless its story is gone or its log is full. */
export async function restoreDecision(row: DecisionRow, db: LibraryDB = libraryDb): Promise<DecisionRow> {
  return writeLibrary(db, ['stories', 'decisions'], async () => {
    // An entry added since the delete may have filled the log: Undo never takes it past its limits.
    if (!(await db.decisions.get(row.id))) await checkRoom(db, row.storyId);
    await db.decisions.put(row);
    return row;
  });
}

/** A story's entries, oldest decision first. */
export async function listDecisions(storyId: number, db: LibraryDB = libraryDb): Promise<DecisionRow[]> {
  const rows = await db.decisions.where('storyId').equals(storyId).toArray();
  return rows.sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt || a.id - b.id);
}
