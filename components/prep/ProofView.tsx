import { useId, useState } from 'preact/hooks';
import { useLibraryEnv } from '@/components/library/env';
import { messageOf } from '@/components/library/format';
import type { ToastSpec } from '@/components/library/UndoToast';
import { deleteDecision, restoreDecision, setClaimProof, type DecisionRow } from '@/lib/library';
import { coverageText, unmatchedProofs, type Proof, type ProvedClaim } from '@/lib/prep/claims';
import { ofStory } from '@/lib/prep/load';
import type { StoryReadiness } from '@/lib/prep/readiness';
import { DecisionEntry } from './DecisionEntry';
import { DecisionForm } from './DecisionForm';

export interface ProofViewProps {
  story: StoryReadiness;
  decisions: readonly DecisionRow[];
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
}

const proofName = (p: Proof) => `${p.evidence.kind}: ${p.evidence.proves} (${p.decision.date})`;

/** Claim → proof: every quantified claim of the story, each linked to evidence or marked "no proof yet"; then the decision log. */
export function ProofView({ story, decisions, toast }: ProofViewProps) {
  const id = useId();
  const env = useLibraryEnv();
  const log = ofStory(decisions, story.story.id).sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt || a.id - b.id,
  );
  const stale = unmatchedProofs(story.claims, log);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState('');
  const link = (ref: { decisionId: number; evidence: number }, claim: string, proved: boolean) => {
    setError('');
    setClaimProof(ref, claim, proved, env).catch((e: unknown) => setError(messageOf(e)));
  };
  const remove = async (row: DecisionRow) => {
    const gone = await deleteDecision(row.id, env.db);
    if (gone) toast({ message: `Deleted the entry “${gone.decision}”.`, undo: () => restoreDecision(gone, env.db) });
  };
  return (
    <div class="prep-proof">
      <section aria-labelledby={`${id}-claims`}>
        <h4 id={`${id}-claims`}>Claims and their proof</h4>
        <p class="lib-hint">
          Proof coverage: <strong>{coverageText(story.coverage)}</strong>. Every number the story states, as the
          analyzer found it; link each to the evidence in your decision log.
        </p>
        {story.claims.length === 0 ? (
          <p class="lib-empty">No quantified claim yet: a bar raiser will ask for the number that moved.</p>
        ) : (
          <ul class="lib-list prep-claims" aria-label="Claims">
            {story.claims.map((claim) => (
              <ClaimItem key={claim.key} claim={claim} log={log} link={link} />
            ))}
          </ul>
        )}
        {stale.length > 0 && (
          <p class="lib-hint">
            Evidence still linked to words the story no longer says: {stale.map((s) => `“${s.key}”`).join(', ')}.
          </p>
        )}
        {error && (
          <p class="lib-error" role="alert">
            {error}
          </p>
        )}
      </section>
      <section aria-labelledby={`${id}-log`}>
        <h4 id={`${id}-log`}>Decision log</h4>
        {log.length === 0 && <p class="lib-empty">No entry yet: the day, the decision, the options, the trade-off.</p>}
        {log.length > 0 && (
          <ol class="lib-list prep-log" aria-label="Decision log entries">
            {log.map((row) => (
              <DecisionEntry key={row.id} row={row} claims={story.claims} onDelete={() => void remove(row)} />
            ))}
          </ol>
        )}
        {adding ? (
          <DecisionForm
            storyId={story.story.id}
            claims={story.claims}
            done={(saved) => {
              setAdding(false);
              if (saved) toast({ message: `Added “${saved.decision}” to the decision log.` }, { focus: false });
            }}
          />
        ) : (
          <button type="button" class="lib-button" onClick={() => setAdding(true)}>
            Add a decision
          </button>
        )}
      </section>
    </div>
  );
}

function ClaimItem({
  claim,
  log,
  link,
}: {
  claim: ProvedClaim;
  log: readonly DecisionRow[];
  link: (ref: { decisionId: number; evidence: number }, claim: string, proved: boolean) => void;
}) {
  const id = useId();
  const text = claim.span.text.replace(/\s+/g, ' ').trim();
  const linked = new Set(claim.proofs.map((p) => `${p.decision.id}:${p.index}`));
  const choices = log.flatMap((decision) =>
    decision.evidence
      .map((evidence, index) => ({ decision, evidence, index }))
      .filter((p) => !linked.has(`${p.decision.id}:${p.index}`)),
  );
  return (
    <li class="prep-claim">
      <p>
        <span class="lib-label">{claim.kind === 'outcome' ? 'Outcome' : 'Baseline'}</span> “{text}”{' '}
        <span class="lib-muted">
          (characters {claim.span.start}–{claim.span.end})
        </span>
      </p>
      {claim.proofs.length === 0 ? (
        <p class="prep-status prep-status--missing">No proof yet</p>
      ) : (
        <ul aria-label={`Proof for “${text}”`}>
          {claim.proofs.map((p) => (
            <li key={`${p.decision.id}:${p.index}`}>
              Proved by {proofName(p)}{' '}
              <button
                type="button"
                class="lib-button lib-button--quiet"
                aria-label={`Unlink ${p.evidence.kind}: ${p.evidence.proves} from “${text}”`}
                onClick={() => link({ decisionId: p.decision.id, evidence: p.index }, claim.key, false)}
              >
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      {choices.length > 0 && (
        <div class="lib-field">
          <label for={`${id}-link`}>Link evidence to “{text}”</label>
          <select
            id={`${id}-link`}
            value=""
            onChange={(e) => {
              const [decisionId, evidence] = e.currentTarget.value.split(':').map(Number);
              if (decisionId !== undefined && evidence !== undefined) link({ decisionId, evidence }, claim.key, true);
            }}
          >
            <option value="">Choose evidence…</option>
            {choices.map((p) => (
              <option key={`${p.decision.id}:${p.index}`} value={`${p.decision.id}:${p.index}`}>
                {proofName(p)}
              </option>
            ))}
          </select>
        </div>
      )}
    </li>
  );
}
