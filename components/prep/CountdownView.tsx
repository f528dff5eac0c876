import { useId, useState } from 'preact/hooks';
import { useLibraryEnv } from '@/components/library/env';
import { messageOf } from '@/components/library/format';
import type { ToastSpec } from '@/components/library/UndoToast';
import { addInterview, dayOf, deleteInterview, LIMITS, type InterviewRow } from '@/lib/library';
import { countdown, daysLeftText } from '@/lib/prep/countdown';
import type { PrepRows } from '@/lib/prep/load';
import type { StoryReadiness } from '@/lib/prep/readiness';

export interface CountdownViewProps {
  stories: readonly StoryReadiness[];
  rows: PrepRows;
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
}

/** Interview dates, one per company, each with a checklist that is done when the work is; no notification. */
export function CountdownView({ stories, rows, toast }: CountdownViewProps) {
  const id = useId();
  const env = useLibraryEnv();
  const [company, setCompany] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState('');
  const today = dayOf((env.now ?? Date.now)());
  const interviews = [...rows.interviews].sort((a, b) => a.date.localeCompare(b.date));
  const add = async (event: Event) => {
    event.preventDefault();
    setError('');
    try {
      const row = await addInterview({ company, date }, env);
      setCompany('');
      setDate('');
      toast({ message: `Added the interview at ${row.company} on ${row.date}.` }, { focus: false });
    } catch (e) {
      setError(messageOf(e));
    }
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Interview countdown</h3>
      {interviews.map((row) => (
        <CountdownItem key={row.id} row={row} stories={stories} rows={rows} today={today} toast={toast} />
      ))}
      <form class="lib-inline-form" aria-label="Add an interview date" onSubmit={add}>
        <label for={`${id}-company`}>Company</label>
        <input
          id={`${id}-company`}
          type="text"
          maxLength={LIMITS.company}
          value={company}
          onInput={(e) => setCompany(e.currentTarget.value)}
        />
        <label for={`${id}-date`}>Interview date</label>
        <input id={`${id}-date`} type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        <button type="submit" class="lib-button">
          Add interview date
        </button>
        {error && (
          <p class="lib-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

function CountdownItem({
  row,
  stories,
  rows,
  today,
  toast,
}: {
  row: InterviewRow;
  stories: readonly StoryReadiness[];
  rows: PrepRows;
  today: string;
  toast: (spec: ToastSpec, options?: { focus?: boolean }) => void;
}) {
  const env = useLibraryEnv();
  const { daysLeft, items } = countdown(row, stories, rows.rehearsals, today);
  const done = items.filter((i) => i.done).length;
  const remove = async () => {
    const gone = await deleteInterview(row.id, env.db);
    if (gone) toast({ message: `Removed the interview at ${gone.company}.` }, { focus: false });
  };
  return (
    <article class="prep-countdown" aria-label={`${row.company} countdown`}>
      <p>
        <strong>{row.company}</strong>: {row.date}, {daysLeftText(daysLeft)}. {done} of {items.length} ready.
      </p>
      <ul class="prep-checklist" aria-label={`Checklist for ${row.company}`}>
        {items.map((item) => (
          <li key={item.id} class={item.done ? 'prep-done' : 'prep-todo'}>
            <span class="prep-mark" aria-hidden="true">
              {item.done ? '✓' : '○'}
            </span>
            <span class="lib-visually-hidden">{item.done ? 'Done: ' : 'Not yet: '}</span>
            {item.label}. <span class="lib-muted">{item.detail}</span>
          </li>
        ))}
      </ul>
      <button type="button" class="lib-button lib-button--quiet" onClick={() => void remove()}>
        Remove the date for {row.company}
      </button>
    </article>
  );
}
