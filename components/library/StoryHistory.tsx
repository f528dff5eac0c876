import type { ScoreEntry } from '@/lib/library';
import { formatWhen, plural, scoreText } from './format';

const SHOWN = 6;

/** The score after each save, newest first, with the change from the save before; a sparkline for the eye only. */
export function StoryHistory({ history, headingId }: { history: readonly ScoreEntry[]; headingId: string }) {
  if (history.length === 0) return <p class="lib-hint">No saves yet: each save adds its score here.</p>;
  const recent = history.slice(-SHOWN).reverse();
  const points = history.slice(-20);
  const path = points
    .map((e, i) => `${points.length === 1 ? 50 : (i / (points.length - 1)) * 100},${30 - (e.score / 100) * 28}`)
    .join(' ');
  return (
    <>
      <svg class="lib-spark" viewBox="0 0 100 32" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <line x1="0" x2="100" y1={30 - 0.7 * 28} y2={30 - 0.7 * 28} class="lib-spark__goal" />
        <polyline points={path} class="lib-spark__line" />
      </svg>
      <ol class="lib-history" aria-labelledby={headingId} reversed start={history.length}>
        {recent.map((entry, i) => {
          const before = history[history.length - 2 - i];
          const change = before ? entry.score - before.score : undefined;
          return (
            <li key={`${entry.at}-${i}`}>
              {formatWhen(entry.at)}: {scoreText(entry.score, entry.band)}
              {change !== undefined && change !== 0 && ` (${change > 0 ? 'up' : 'down'} ${Math.abs(change)})`}
            </li>
          );
        })}
      </ol>
      {history.length > SHOWN && <p class="lib-hint">and {plural(history.length - SHOWN, 'earlier save')}.</p>}
    </>
  );
}
