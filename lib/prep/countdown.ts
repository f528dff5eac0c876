/**
 * The countdown to an interview: the days left and a checklist that is done when the work is,
 * computed from the library as it is (nothing to tick by hand, no notification):
 * - three stories under two minutes at strong;
 * - proof for every claim of the three stories to take into the loop;
 * - the cheat sheet ready: each of those three has a metric line with every slot from its words;
 * - a final rehearsal of one of them in the 48 hours before (from two days before, by the calendar).
 */
import { addDays, dayOf, daysBetween } from '@/lib/library/day';
import type { InterviewRow, RehearsalRow } from '@/lib/library/model';
import { loopStories, type StoryReadiness } from './readiness';

export type ChecklistId = 'stories' | 'proof' | 'sheet' | 'rehearsal';

export interface ChecklistItem {
  id: ChecklistId;
  label: string;
  done: boolean;
  detail: string;
}

export interface Countdown {
  interview: InterviewRow;
  /** Calendar days from today to the interview; 0 on the day, negative after. */
  daysLeft: number;
  items: ChecklistItem[];
}

const titles = (stories: readonly StoryReadiness[]) => stories.map((s) => s.story.title).join(', ');

function storiesItem(stories: readonly StoryReadiness[]): ChecklistItem {
  const ready = stories.filter((s) => s.ready);
  return {
    id: 'stories',
    label: 'Three stories under two minutes at strong',
    done: ready.length >= 3,
    detail: ready.length === 0 ? 'None yet.' : `${Math.min(ready.length, 3)} of 3: ${titles(ready.slice(0, 3))}.`,
  };
}

function proofItem(loop: readonly StoryReadiness[]): ChecklistItem {
  const proved = loop.reduce((n, s) => n + s.coverage.proved, 0);
  const total = loop.reduce((n, s) => n + s.coverage.total, 0);
  return {
    id: 'proof',
    label: 'Proof for every claim',
    done: loop.length === 3 && total > 0 && proved === total,
    detail:
      total === 0
        ? 'Your stories have no quantified claim yet.'
        : `${proved} of ${total} claims proved in ${titles(loop)}.`,
  };
}

function sheetItem(loop: readonly StoryReadiness[]): ChecklistItem {
  const complete = loop.filter((s) => s.line.complete).length;
  return {
    id: 'sheet',
    label: 'The cheat sheet ready',
    done: loop.length === 3 && complete === 3,
    detail: `Metric lines with every slot from the story: ${complete} of 3.`,
  };
}

function rehearsalItem(
  interview: InterviewRow,
  loop: readonly StoryReadiness[],
  rehearsals: readonly RehearsalRow[],
  today: string,
): ChecklistItem {
  const from = addDays(interview.date, -2);
  const ids = new Set(loop.map((s) => s.story.id));
  const final = rehearsals
    .filter((r) => ids.has(r.storyId))
    .map((r) => dayOf(r.at))
    .filter((day) => day >= from && day <= interview.date)
    .sort()
    .at(-1);
  const detail = final
    ? `Rehearsed on ${final}.`
    : today < from
      ? `Due from ${from}.`
      : today <= interview.date
        ? 'Due now: rehearse one of your three stories.'
        : 'Not done before the interview.';
  return { id: 'rehearsal', label: 'A final rehearsal 48 hours before', done: final !== undefined, detail };
}

export function countdown(
  interview: InterviewRow,
  stories: readonly StoryReadiness[],
  rehearsals: readonly RehearsalRow[],
  today: string,
): Countdown {
  const loop = loopStories(stories);
  return {
    interview,
    daysLeft: daysBetween(today, interview.date),
    items: [storiesItem(stories), proofItem(loop), sheetItem(loop), rehearsalItem(interview, loop, rehearsals, today)],
  };
}

/** "in 5 days", "tomorrow", "today", "3 days ago". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 1) return `in ${days} days`;
  return days === -1 ? 'yesterday' : `${-days} days ago`;
}
