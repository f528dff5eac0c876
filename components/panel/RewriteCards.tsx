import { useId, useState } from 'preact/hooks';
import type { Finding } from '@/lib/analysis';
import { rewriteTarget } from '@/lib/panel/rewrite-target';
import { CATEGORY_LABELS, ruleName } from '../labels';
import type { Applier, PanelNotice } from './apply';
import { RewriteEditor } from './RewriteEditor';

/** Enough for any story; a long selection shows the rest on request, so the panel stays quick. */
export const CARDS_SHOWN_AT_FIRST = 25;

export interface CardActions {
  applier: Applier;
  notify: (notice: PanelNotice) => void;
  ignore: (finding: Finding) => void;
  switchRuleOff: (ruleId: string) => void;
}

export interface RewriteCardsProps extends CardActions {
  /** The analyzed passage the findings' offsets point into. */
  text: string;
  findings: readonly Finding[];
}

const cardKey = (f: Finding) => `${f.ruleId}:${f.start}:${f.end}:${f.rewrite.filled}`;

/** One card per finding: what is weak, BAD → GOOD, and what to do about it. */
export function RewriteCards({ text, findings, ...actions }: RewriteCardsProps) {
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? findings : findings.slice(0, CARDS_SHOWN_AT_FIRST);
  return (
    <section class="report-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Findings and rewrites <span class="count">({findings.length})</span>
      </h2>
      {findings.length === 0 ? (
        <p class="empty">No weak phrasing found.</p>
      ) : (
        <ul class="cards" aria-labelledby={headingId}>
          {shown.map((finding) => (
            <RewriteCard key={cardKey(finding)} text={text} finding={finding} {...actions} />
          ))}
        </ul>
      )}
      {shown.length < findings.length && (
        <button type="button" class="link-button" onClick={() => setShowAll(true)}>
          Show all {findings.length} findings ({findings.length - shown.length} more)
        </button>
      )}
    </section>
  );
}

interface RewriteCardProps extends CardActions {
  text: string;
  finding: Finding;
}

function RewriteCard({ text, finding, applier, notify, ignore, switchRuleOff }: RewriteCardProps) {
  const headingId = useId();
  const target = rewriteTarget(text, finding);
  const before = text.slice(target.start, finding.start);
  const after = text.slice(finding.end, target.end);
  return (
    <li class={`card cat-${finding.category}`}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} class="card__title">
          <span class="card__category">{CATEGORY_LABELS[finding.category]}</span> “{finding.text}”
        </h3>
        <p class="card__message">{finding.message}</p>
        <p class="card__question">
          <span class="label">A bar raiser asks:</span> {finding.question}
        </p>
        <p class="card__bad">
          <span class="rewrite__bad">Bad</span> {before}
          <strong class="card__match">{finding.text}</strong>
          {after}
        </p>
        <p class="card__arrow" aria-hidden="true">
          ↓
        </p>
        <RewriteEditor
          initial={finding.rewrite.filled}
          range={target}
          replaces={target.kind === 'sentence' ? 'the sentence' : `“${target.text}”`}
          applier={applier}
          notify={notify}
        />
        <details class="card__why">
          <summary>Why it matters</summary>
          <p>{finding.why}</p>
        </details>
        <div class="actions actions--secondary">
          <button type="button" onClick={() => ignore(finding)}>
            Not a problem here
          </button>
          <button type="button" onClick={() => switchRuleOff(finding.ruleId)}>
            Turn off “{ruleName(finding.ruleId)}”
          </button>
        </div>
      </article>
    </li>
  );
}
