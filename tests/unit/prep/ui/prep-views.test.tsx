// @vitest-environment happy-dom
// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { MetricLineText } from '@/components/prep/CheatSheetView';
import { OsfMapView } from '@/components/prep/OsfMapView';
import { RehearseView } from '@/components/prep/RehearseView';
import type { Clock } from '@/components/prep/useRehearsalTimer';
import { analyze } from '@/lib/analysis';
import { createStory, saveStory, type StoryRow } from '@/lib/library';
import { storyReadiness } from '@/lib/prep/readiness';
import { useLibrary } from '../../library/helpers';
import { renderWithLibrary } from '../../library/ui/render';

const lib = useLibrary((text) => analyze(text));
afterEach(cleanup);

/** A clock the test moves by hand: timers run only when it is advanced past them. */
function manualClock(start = 1_800_000_000_000) {
  let now = start;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: Clock & { advance: (ms: number) => void } = {
    now: () => now,
    setTimeout: (run, ms) => {
      timers.set(next, { at: now + ms, run });
      return next++;
    },
    clearTimeout: (id) => void timers.delete(id),
    advance: (ms) => {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        act(() => due[1].run());
      }
      now = end;
    },
  };
  return clock;
}

async function refundStory(): Promise<StoryRow> {
  const row = await createStory({ title: 'Refund triage' }, lib.deps);
  return saveStory(
    row.id,
    {
      problem: 'Refund tickets had doubled to 1,200 a week.',
      action: 'I decided to route refunds by order value instead of hiring.',
      result: 'Refund tickets fell 45% to 660 a week in 30 days.',
      learning: '',
    },
    lib.deps,
  );
}

describe('the Rehearse view', () => {
  it('announces 30 seconds left and time, keeps the time spoken, and logs the bar raiser’s scored answers', async () => {
    const story = storyReadiness(await refundStory(), [], lib.deps.analyze);
    const clock = manualClock();
    renderWithLibrary(<RehearseView story={story} rehearsals={[]} toast={() => undefined} clock={clock} />, lib.deps);
    const timer = screen.getByRole('timer', { name: 'Time left' });
    const status = screen.getAllByRole('status')[0]!;
    expect(timer.textContent).toBe('2:00');
    fireEvent.click(screen.getByRole('button', { name: 'Start the two minutes' }));
    await waitFor(() => expect(timer.textContent).toBe('2:00'));
    clock.advance(89_999);
    expect(timer.textContent).toBe('0:31');
    expect(status.textContent).toBe('');
    clock.advance(1);
    expect(timer.textContent).toBe('0:30');
    expect(status.textContent).toBe('30 seconds left.');
    clock.advance(30_000);
    expect(status.textContent).toBe('Time: two minutes are up.');
    clock.advance(5_400);
    fireEvent.click(screen.getByRole('button', { name: 'Stop: I have told it' }));
    expect(screen.getByText('Time spoken: 2:05.')).toBeTruthy();

    const box = () => screen.getByRole('textbox', { name: 'Your answer' });
    const first = screen.getByRole('form', { name: 'Answer the bar raiser' }).textContent;
    fireEvent.input(box(), { target: { value: 'We did stuff.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Answer' }));
    expect(screen.getByRole('form', { name: 'Answer the bar raiser' }).textContent).toContain(
      'Digging deeper: What did you decide?',
    );
    expect(first).not.toContain('Digging deeper');
    fireEvent.click(screen.getByRole('button', { name: 'Log this rehearsal' }));
    await waitFor(async () => expect(await lib.db.rehearsals.count()).toBe(1));
    const [row] = await lib.db.rehearsals.toArray();
    expect(row).toMatchObject({ storyId: story.story.id, seconds: 125 });
    expect(row!.answers).toEqual([expect.objectContaining({ answer: 'We did stuff.', score: 0, band: 'weak' })]);
    // Logged: the timer is ready for the next session.
    expect(screen.getByRole('button', { name: 'Start the two minutes' })).toBeTruthy();
  });
});

describe('the OSF map', () => {
  it('prefills from the story, shows the bar raiser’s question on an empty node, and stores only what the user wrote', async () => {
    const story = storyReadiness(await refundStory(), [], lib.deps.analyze);
    renderWithLibrary(<OsfMapView story={story} osfMaps={[]} toast={() => undefined} />, lib.deps);
    const outcome = screen.getByRole('textbox', { name: 'Outcome' }) as HTMLTextAreaElement;
    expect(outcome.value).toContain('fell 45%');
    const followUp = screen.getByRole('textbox', { name: 'Follow-up action' }) as HTMLTextAreaElement;
    expect(followUp.value).toBe('');
    expect(followUp.getAttribute('aria-describedby')).toBeTruthy();
    const note = document.getElementById(followUp.getAttribute('aria-describedby')!)!;
    expect(note.textContent).toMatch(/^Bar raiser asks: /);
    fireEvent.input(followUp, { target: { value: 'Rolled the routing out to every region.' } });
    expect(note.textContent).toBe('Your words.');
    fireEvent.click(screen.getByRole('button', { name: 'Save the map' }));
    await waitFor(async () => expect(await lib.db.osfMaps.get(story.story.id)).toBeTruthy());
    expect((await lib.db.osfMaps.get(story.story.id))!.nodes).toEqual({
      followUp: 'Rolled the routing out to every region.',
    });
  });
});

describe('the metric line', () => {
  it('leaves a slot the story has no words for as a visible slot, never a number', () => {
    const text = 'I decided to route refunds by order value. Refund tickets fell 45%.';
    const story = storyReadiness(
      { ...({} as StoryRow), id: 1, title: 'x', problem: text, action: '', result: '', learning: '' },
      [],
      (t) => analyze(t),
    );
    renderWithLibrary(<MetricLineText line={story.line} />, lib.deps);
    const line = screen.getByText('[period]');
    expect(line.className).toBe('prep-slot');
    expect(line.parentElement!.textContent).toBe(`Metric line: ${story.line.text}`);
    expect(story.line.text).toContain('[period]');
  });
});
