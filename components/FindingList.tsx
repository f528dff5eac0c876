import { useId } from 'preact/hooks';
import type { Finding } from '@/lib/analysis';
import { CATEGORY_LABELS } from './labels';

export interface FindingListProps {
  findings: readonly Finding[];
}

/** Weak phrasings found in the passage; passage text is rendered as text nodes only. */
export function FindingList({ findings }: FindingListProps) {
  const headingId = useId();
  return (
    <section class="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Findings <span class="count">({findings.length})</span>
      </h2>
      {findings.length === 0 ? (
        <p class="empty">No weak phrasing found.</p>
      ) : (
        <ul class="findings" aria-labelledby={headingId}>
          {findings.map((finding) => (
            <FindingItem key={`${finding.ruleId}:${finding.start}:${finding.end}`} finding={finding} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li class={`finding finding--${finding.category}`}>
      <p class="finding__head">
        <span class="finding__category">{CATEGORY_LABELS[finding.category]}</span>{' '}
        <q class="finding__text">{finding.text}</q>
      </p>
      <p class="finding__message">{finding.message}</p>
      {finding.question && (
        <p class="finding__question">
          <span class="label">A bar raiser asks:</span> {finding.question}
        </p>
      )}
      {finding.rewrite.filled && (
        <p class="finding__rewrite">
          <span class="label">Try:</span> {finding.rewrite.filled}
        </p>
      )}
      {finding.why && (
        <details class="finding__why">
          <summary>Why it matters</summary>
          <p>{finding.why}</p>
        </details>
      )}
    </li>
  );
}
