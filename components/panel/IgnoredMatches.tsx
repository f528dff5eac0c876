import { useId } from 'preact/hooks';
import { RULES } from '@/lib/analysis';
import type { IgnoredMatch } from '@/lib/settings/ignored';
import { CATEGORY_LABELS, ruleName } from '../labels';

export interface IgnoredMatchesProps {
  /** The matches dismissed in this passage. */
  matches: readonly IgnoredMatch[];
  restore: (match: IgnoredMatch) => void;
  restoreAll: () => void;
}

function describe(match: IgnoredMatch): string {
  const rule = RULES.find((r) => r.id === match.ruleId);
  return rule ? CATEGORY_LABELS[rule.category] : ruleName(match.ruleId);
}

/** "N ignored — show or restore": the matches marked "Not a problem here" in this passage. */
export function IgnoredMatches({ matches, restore, restoreAll }: IgnoredMatchesProps) {
  const listId = useId();
  if (matches.length === 0) return null;
  return (
    <details class="ignored">
      <summary>{matches.length} ignored in this passage — show or restore</summary>
      <ul class="ignored__list" id={listId} aria-label="Ignored in this passage">
        {matches.map((match) => (
          <li key={`${match.ruleId}:${match.text}`}>
            <span class="ignored__what">
              {describe(match)} “{match.text}”
            </span>{' '}
            <button
              type="button"
              aria-label={`Restore ${describe(match)}: ${match.text}`}
              onClick={() => restore(match)}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
      {matches.length > 1 && (
        <button type="button" onClick={restoreAll}>
          Restore all {matches.length}
        </button>
      )}
    </details>
  );
}
