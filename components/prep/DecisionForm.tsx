import { useId, useRef, useState } from 'preact/hooks';
import { useLibraryEnv } from '@/components/library/env';
import { messageOf } from '@/components/library/format';
import {
  addDecision,
  dayOf,
  EVIDENCE_KINDS,
  LIMITS,
  updateDecision,
  type DecisionInput,
  type DecisionRow,
  type EvidenceInput,
} from '@/lib/library';
import type { Claim } from '@/lib/prep/claims';

const TEXTS = [
  ['decision', 'Decision', LIMITS.decisionText],
  ['options', 'Options weighed', LIMITS.decisionText],
  ['tradeOff', 'Trade-off', LIMITS.decisionText],
  ['metric', 'Metric it was meant to move', LIMITS.metricText],
  ['result', 'What happened', LIMITS.decisionText],
] as const;

type Draft = Required<Omit<DecisionInput, 'evidence'>> & { evidence: Array<Required<EvidenceInput>> };

function draftOf(row: DecisionRow | undefined, today: string): Draft {
  if (!row) return { date: today, decision: '', options: '', tradeOff: '', metric: '', result: '', evidence: [] };
  const { date, decision, options, tradeOff, metric, result } = row;
  return { date, decision, options, tradeOff, metric, result, evidence: row.evidence.map((e) => ({ ...e })) };
}

export interface DecisionFormProps {
  storyId: number;
  claims: readonly Claim[];
  /** The entry to edit; a new one when absent. */
  row?: DecisionRow;
  done: (saved: DecisionRow | null) => void;
}

/** Adds or edits a decision log entry with its evidence; nothing is stored until every field is valid. */
export function DecisionForm({ storyId, claims, row, done }: DecisionFormProps) {
  const id = useId();
  const env = useLibraryEnv();
  const [draft, setDraft] = useState<Draft>(() => draftOf(row, dayOf((env.now ?? Date.now)())));
  const [error, setError] = useState('');
  const errorRef = useRef<HTMLParagraphElement>(null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setEvidence = (i: number, patch: Partial<EvidenceInput>) =>
    setDraft((d) => ({ ...d, evidence: d.evidence.map((e, j) => (j === i ? { ...e, ...patch } : e)) }));
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      done(row ? await updateDecision(row.id, draft, env) : await addDecision(storyId, draft, env));
    } catch (e) {
      setError(messageOf(e));
      setTimeout(() => errorRef.current?.focus(), 0);
    }
  };
  return (
    <form class="lib-editor prep-form" aria-label={row ? 'Edit the decision' : 'New decision'} onSubmit={submit}>
      <label for={`${id}-date`}>Day of the decision</label>
      <input id={`${id}-date`} type="date" value={draft.date} onInput={(e) => set({ date: e.currentTarget.value })} />
      {TEXTS.map(([key, label, max]) => (
        <div key={key} class="lib-field">
          <label for={`${id}-${key}`}>{label}</label>
          <textarea
            id={`${id}-${key}`}
            rows={key === 'decision' ? 2 : 1}
            maxLength={max}
            value={draft[key]}
            onInput={(e) => set({ [key]: e.currentTarget.value })}
          />
        </div>
      ))}
      <fieldset class="prep-evidence-fields">
        <legend>Evidence</legend>
        {draft.evidence.map((e, i) => (
          <EvidenceFields
            key={i}
            n={i + 1}
            evidence={e}
            claims={claims}
            set={(p) => setEvidence(i, p)}
            remove={() => set({ evidence: draft.evidence.filter((_, j) => j !== i) })}
          />
        ))}
        {draft.evidence.length < LIMITS.evidence && (
          <button
            type="button"
            class="lib-button"
            onClick={() => set({ evidence: [...draft.evidence, { kind: 'ticket', link: '', proves: '', claims: [] }] })}
          >
            Add evidence
          </button>
        )}
      </fieldset>
      {error && (
        <p class="lib-error" role="alert" tabIndex={-1} ref={errorRef}>
          {error}
        </p>
      )}
      <div class="lib-actions">
        <button type="submit" class="lib-button lib-button--primary">
          {row ? 'Save entry' : 'Add to the log'}
        </button>
        <button type="button" class="lib-button" onClick={() => done(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function EvidenceFields({
  n,
  evidence,
  claims,
  set,
  remove,
}: {
  n: number;
  evidence: Required<EvidenceInput>;
  claims: readonly Claim[];
  set: (patch: Partial<EvidenceInput>) => void;
  remove: () => void;
}) {
  const id = useId();
  const toggle = (key: string, on: boolean) =>
    set({ claims: on ? [...evidence.claims, key] : evidence.claims.filter((c) => c !== key) });
  return (
    <div class="prep-evidence-item" role="group" aria-label={`Evidence ${n}`}>
      <label for={`${id}-kind`}>Kind of evidence {n}</label>
      <select
        id={`${id}-kind`}
        value={evidence.kind}
        onChange={(e) => set({ kind: e.currentTarget.value as EvidenceInput['kind'] })}
      >
        {EVIDENCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      <label for={`${id}-link`}>Link or reference {n}</label>
      <input
        id={`${id}-link`}
        type="text"
        maxLength={LIMITS.evidenceLink}
        value={evidence.link}
        onInput={(e) => set({ link: e.currentTarget.value })}
      />
      <label for={`${id}-proves`}>What evidence {n} proves</label>
      <input
        id={`${id}-proves`}
        type="text"
        maxLength={LIMITS.evidenceProves}
        value={evidence.proves}
        onInput={(e) => set({ proves: e.currentTarget.value })}
      />
      {claims.length > 0 && (
        <fieldset class="lib-checks">
          <legend>Claims evidence {n} proves</legend>
          {claims.map((c) => (
            <label key={c.key} class="lib-check">
              <input
                type="checkbox"
                checked={evidence.claims.includes(c.key)}
                onChange={(e) => toggle(c.key, e.currentTarget.checked)}
              />{' '}
              {c.span.text}
            </label>
          ))}
        </fieldset>
      )}
      <button type="button" class="lib-button lib-button--quiet" onClick={remove}>
        Remove evidence {n}
      </button>
    </div>
  );
}
