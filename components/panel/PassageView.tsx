import { useId, useMemo, useState } from 'preact/hooks';
import type { Finding } from '@/lib/analysis';
import { MAX_MARKED_FINDINGS } from '@/lib/panel/limits';
import { countByCategory, segmentPassage } from '@/lib/panel/segments';
import { CATEGORY_LABELS } from '../labels';

export interface PassageViewProps {
  text: string;
  findings: readonly Finding[];
}

/**
 * The passage with every finding marked in its category's color and named in text: each
 * finding starts with a small button that says its category, and focusing or hovering it (or
 * hovering the marked words) shows the message and the why below the passage.
 */
export function PassageView({ text, findings: allFindings }: PassageViewProps) {
  const headingId = useId();
  const tipPrefix = useId();
  const [active, setActive] = useState<number | null>(null);
  // Beyond a story's worth of findings, marking them all would only bury the passage.
  const findings = useMemo(() => allFindings.slice(0, MAX_MARKED_FINDINGS), [allFindings]);
  const segments = useMemo(() => segmentPassage(text.length, findings), [text, findings]);
  const counts = useMemo(() => countByCategory(allFindings), [allFindings]);
  const startsAt = useMemo(() => {
    const map = new Map<number, number[]>();
    findings.forEach((f, i) => map.set(f.start, [...(map.get(f.start) ?? []), i]));
    return map;
  }, [findings]);
  const tipId = (i: number) => `${tipPrefix}-tip-${i}`;
  const shown = active !== null && active < findings.length ? active : null;

  return (
    <section
      class="report-section passage-view"
      aria-labelledby={headingId}
      onKeyDown={(e) => e.key === 'Escape' && setActive(null)}
    >
      <h2 id={headingId}>
        The passage{' '}
        <span class="count">({allFindings.length === 1 ? '1 finding' : `${allFindings.length} findings`})</span>
      </h2>
      {findings.length < allFindings.length && (
        <p class="hint">
          The first {findings.length} of {allFindings.length} findings are marked below; the legend and the rewrites
          count them all.
        </p>
      )}
      {counts.length > 0 && (
        <ul class="legend" aria-label="Legend: categories found">
          {counts.map(({ category, count }) => (
            <li key={category} class={`legend__item cat-${category}`}>
              <span class="legend__swatch" aria-hidden="true" />
              {CATEGORY_LABELS[category]}: {count}
            </li>
          ))}
        </ul>
      )}
      <p class="passage">
        {segments.map((segment) => {
          const words = text.slice(segment.start, segment.end);
          const tags = (startsAt.get(segment.start) ?? []).map((i) => {
            const f = findings[i]!;
            return (
              <button
                key={`tag-${i}`}
                type="button"
                class={`hl-tag cat-${f.category}${shown === i ? ' hl-tag--active' : ''}`}
                aria-label={`${CATEGORY_LABELS[f.category]}: ${f.text}`}
                aria-describedby={tipId(i)}
                aria-expanded={shown === i}
                onFocus={() => setActive(i)}
                onMouseEnter={() => setActive(i)}
                onClick={() => setActive(shown === i ? null : i)}
              >
                {CATEGORY_LABELS[f.category]}
              </button>
            );
          });
          if (segment.findings.length === 0) return [...tags, words];
          const outer = findings[segment.findings[0]!]!;
          return [
            ...tags,
            <span
              key={`seg-${segment.start}`}
              class={`hl cat-${outer.category}${segment.findings.length > 1 ? ' hl--overlap' : ''}${shown !== null && segment.findings.includes(shown) ? ' hl--active' : ''}`}
              data-categories={segment.findings.map((i) => findings[i]!.category).join(' ')}
              onMouseEnter={() => setActive(segment.findings[segment.findings.length - 1]!)}
            >
              {words}
            </span>,
          ];
        })}
      </p>
      <div class="passage__tips">
        {findings.map((f, i) => (
          <div key={i} id={tipId(i)} role="tooltip" class={`tip cat-${f.category}`} hidden={shown !== i}>
            <p class="tip__head">
              <span class="tip__category">{CATEGORY_LABELS[f.category]}</span> “{f.text}”
            </p>
            <p class="tip__message">{f.message}</p>
            <p class="tip__why">
              <span class="label">Why it matters:</span> {f.why}
            </p>
          </div>
        ))}
        {shown === null && findings.length > 0 && (
          <p class="passage__hint">Hover over a marked phrase, or focus its label, to see what is weak and why.</p>
        )}
      </div>
    </section>
  );
}
