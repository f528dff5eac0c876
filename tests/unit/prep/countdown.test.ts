import { describe, expect, it } from 'vitest';
import { dayStart } from '@/lib/library/day';
import type { InterviewRow, RehearsalRow } from '@/lib/library/model';
import { countdown, daysLeftText } from '@/lib/prep/countdown';
import { loopStories } from '@/lib/prep/readiness';
import { proof, ready } from './readiness-fakes';

const FULL = { metric: ['Tickets'], outcome: ['fell 45%'], timeframe: ['in 30 days'] };
const TEXT = 'Tickets fell 45% in 30 days.';
const strong = (id: number, title: string, proved: boolean, extra = {}) =>
  ready(id, title, TEXT, FULL, { score: 80, speakingSeconds: 90, ...extra }, proved ? [proof(id, ['fell 45%'])] : []);

const interview: InterviewRow = {
  id: 1,
  company: 'Acme',
  companyKey: 'acme',
  date: '2030-03-14',
  createdAt: 1,
  updatedAt: 1,
};
const rehearsal = (storyId: number, day: string): RehearsalRow => ({
  id: storyId,
  storyId,
  at: dayStart(day) + 10 * 3_600_000,
  seconds: 100,
  answers: [],
});

describe('countdown', () => {
  it('is all done with three strong stories under two minutes, every claim proved, full lines and a final rehearsal', () => {
    const stories = [strong(1, 'A', true), strong(2, 'B', true), strong(3, 'C', true)];
    const result = countdown(interview, stories, [rehearsal(2, '2030-03-12')], '2030-03-13');
    expect(result.daysLeft).toBe(1);
    expect(result.items.map((i) => [i.id, i.done, i.detail])).toEqual([
      ['stories', true, '3 of 3: A, B, C.'],
      ['proof', true, '3 of 3 claims proved in A, B, C.'],
      ['sheet', true, 'Metric lines with every slot from the story: 3 of 3.'],
      ['rehearsal', true, 'Rehearsed on 2030-03-12.'],
    ]);
  });

  it('says what is missing: a long story, a claim with no proof, a slot, and a rehearsal still to come', () => {
    const noPeriod = { metric: ['Tickets'], outcome: ['fell 45%'] };
    const stories = [
      strong(1, 'A', true),
      ready(2, 'Long', 'Tickets fell 45%.', noPeriod, { score: 85, speakingSeconds: 150 }, [proof(2, ['fell 45%'])]),
      strong(3, 'Unproved', false),
      ready(4, 'Weak', TEXT, FULL, { score: 30 }),
    ];
    const result = countdown(interview, stories, [rehearsal(1, '2030-03-11')], '2030-03-01');
    expect(result.daysLeft).toBe(13);
    expect(result.items.map((i) => [i.id, i.done, i.detail])).toEqual([
      ['stories', false, '2 of 3: A, Unproved.'],
      ['proof', false, '2 of 3 claims proved in A, Unproved, Long.'],
      ['sheet', false, 'Metric lines with every slot from the story: 2 of 3.'],
      ['rehearsal', false, 'Due from 2030-03-12.'],
    ]);
    // Stories ready for the loop come first; the best of the rest fills the three.
    expect(loopStories(stories).map((s) => s.story.title)).toEqual(['A', 'Unproved', 'Long']);
  });

  it('counts a rehearsal from two days before to the day itself, of one of the three stories only', () => {
    const stories = [
      strong(1, 'A', true),
      strong(2, 'B', true),
      strong(3, 'C', true),
      strong(9, 'Z', true, { score: 10 }),
    ];
    const done = (rows: RehearsalRow[], today: string) =>
      countdown(interview, stories, rows, today).items.find((i) => i.id === 'rehearsal')!;
    expect(done([rehearsal(1, '2030-03-14')], '2030-03-14').done).toBe(true);
    expect(done([rehearsal(1, '2030-03-11')], '2030-03-13')).toMatchObject({
      done: false,
      detail: 'Due now: rehearse one of your three stories.',
    });
    expect(done([rehearsal(9, '2030-03-13')], '2030-03-13').done).toBe(false);
    expect(done([], '2030-03-15').detail).toBe('Not done before the interview.');
  });

  it('says plainly when nothing is ready yet', () => {
    const result = countdown(interview, [], [], '2030-03-01');
    expect(result.items.map((i) => i.detail)).toEqual([
      'None yet.',
      'Your stories have no quantified claim yet.',
      'Metric lines with every slot from the story: 0 of 3.',
      'Due from 2030-03-12.',
    ]);
  });

  it.each([
    [0, 'today'],
    [1, 'tomorrow'],
    [5, 'in 5 days'],
    [-1, 'yesterday'],
    [-3, '3 days ago'],
  ])('daysLeftText(%i) is "%s"', (days, text) => expect(daysLeftText(days)).toBe(text));
});
