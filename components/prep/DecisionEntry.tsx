import { useState } from 'preact/hooks';
import { webAddress } from '@/components/library/format';
import type { DecisionRow, Evidence } from '@/lib/library';
import type { Claim } from '@/lib/prep/claims';
import { DecisionForm } from './DecisionForm';

const FIELDS = [
  ['options', 'Options weighed'],
  ['tradeOff', 'Trade-off'],
  ['metric', 'Metric it was meant to move'],
  ['result', 'What happened'],
] as const;

/** One entry of the decision log; Edit opens it in the same form as Add. */
export function DecisionEntry({
  row,
  claims,
  onDelete,
}: {
  row: DecisionRow;
  claims: readonly Claim[];
  onDelete: () => void;
}) {
  const [editing, setEditing] = useState(false);
  if (editing)
    return (
      <li class="prep-entry">
        <DecisionForm storyId={row.storyId} claims={claims} row={row} done={() => setEditing(false)} />
      </li>
    );
  return (
    <li class="prep-entry">
      <article aria-label={`Decision of ${row.date}: ${row.decision}`}>
        <p>
          <time dateTime={row.date}>{row.date}</time> <strong>{row.decision}</strong>
        </p>
        <dl class="prep-fields">
          {FIELDS.filter(([key]) => row[key]).map(([key, label]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>{row[key]}</dd>
            </div>
          ))}
        </dl>
        {row.evidence.length > 0 && (
          <ul aria-label="Evidence" class="prep-evidence">
            {row.evidence.map((e, i) => (
              <EvidenceItem key={i} evidence={e} />
            ))}
          </ul>
        )}
        <div class="lib-actions lib-actions--inline">
          <button type="button" class="lib-button" onClick={() => setEditing(true)}>
            Edit entry
          </button>
          <button type="button" class="lib-button lib-button--danger" onClick={onDelete}>
            Delete entry
          </button>
        </div>
      </article>
    </li>
  );
}

/** A link is text; only an http(s) address becomes clickable, and only the user opens it. */
function EvidenceItem({ evidence }: { evidence: Evidence }) {
  const href = webAddress(evidence.link);
  return (
    <li>
      <span class="lib-label">{evidence.kind}</span> {evidence.proves}:{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {evidence.link}
        </a>
      ) : (
        <span class="prep-ref">{evidence.link}</span>
      )}
      {evidence.claims.length > 0 && (
        <span class="lib-muted"> (proves {evidence.claims.map((c) => `“${c}”`).join(', ')})</span>
      )}
    </li>
  );
}
