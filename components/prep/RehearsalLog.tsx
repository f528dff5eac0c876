import { useId } from 'preact/hooks';
import { useLibraryEnv } from '@/components/library/env';
import { formatWhen } from '@/components/library/format';
import type { ToastSpec } from '@/components/library/UndoToast';
import { deleteRehearsal, restoreRehearsal, type RehearsalRow } from '@/lib/library';
import { rehearsalTrend, type RehearsalTrend } from '@/lib/prep/trend';
import { clockText } from './useRehearsalTimer';

/** "Answer scores up 12 since the last session; 8 s shorter." */
export function trendText({ sessions, scoreChange, secondsChange }: RehearsalTrend): string {
  if (sessions.length < 2) return 'One more session shows the trend.';
  const score =
    scoreChange === null
      ? 'No answer scores to compare yet'
      : scoreChange === 0
        ? 'Answer scores held level since the last session'
        : `Answer scores ${scoreChange > 0 ? 'up' : 'down'} ${Math.abs(scoreChange)} since the last session`;
  const time =
    secondsChange === null || secondsChange === 0
      ? 'same time spoken'
      : `${Math.abs(secondsChange)} s ${secondsChange < 0 ? 'shorter' : 'longer'}`;
  return `${score}; ${time}.`;
}

export function RehearsalLog({
  rows,
  toast,
}: {
  rows: readonly RehearsalRow[];
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
}) {
  const id = useId();
  const env = useLibraryEnv();
  const trend = rehearsalTrend(rows);
  const remove = async (rowId: number) => {
    const gone = await deleteRehearsal(rowId, env.db);
    if (gone) toast({ message: 'Deleted the rehearsal.', undo: () => restoreRehearsal(gone, env.db) });
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>Rehearsal log</h4>
      {trend.sessions.length === 0 ? (
        <p class="lib-empty">No rehearsal logged yet.</p>
      ) : (
        <>
          <p class="prep-trend">{trendText(trend)}</p>
          <div class="lib-scroll">
            <table class="lib-grid">
              <caption>Rehearsals, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Time spoken</th>
                  <th scope="col">Answer scores</th>
                  <th scope="col">Average</th>
                  <th scope="col">
                    <span class="lib-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {trend.sessions.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{formatWhen(s.at)}</th>
                    <td>{clockText(s.seconds)}</td>
                    <td>{s.scores.length ? s.scores.join(', ') : 'none'}</td>
                    <td>{s.average ?? '–'}</td>
                    <td>
                      <button
                        type="button"
                        class="lib-button lib-button--quiet"
                        aria-label={`Delete the rehearsal of ${formatWhen(s.at)}`}
                        onClick={() => void remove(s.id)}
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
