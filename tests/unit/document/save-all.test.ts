import { describe, expect, it } from 'vitest';
import { createStory, listStories } from '@/lib/library';
import { partsOf, saveAllStories } from '@/lib/document/save-all';
import { storiesOf } from '@/lib/document/split';
import { newLibrary } from '../library/helpers';

const DOC = [
  '## Courier cost',
  'Courier cost per delivered order had crept up to $4.80.',
  'I chose cost per order as the goal and ran a four-week pilot.',
  'Cost fell 17% to $3.98.',
  '## Onboarding',
  'I helped out on the onboarding checklist and users loved it.',
].join('\n');

describe('Save all to library as stories', () => {
  it('adds new titles, updates a title already there as import merges it, and reports both', async () => {
    const db = newLibrary();
    let t = 1_000;
    const now = () => (t += 1_000);
    await createStory({ title: 'onboarding', action: 'Old words.', principles: ['Ownership'] }, { db, now });
    const saved = await saveAllStories(storiesOf({ text: DOC }), { db, now });
    expect(saved.report.stories).toEqual({ added: 1, updated: 1, skipped: 0 });
    expect(saved.notSaved).toEqual([]);
    const rows = await listStories(db);
    const courier = rows.find((r) => r.title === 'Courier cost')!;
    expect(courier).toMatchObject({
      problem: 'Courier cost per delivered order had crept up to $4.80.',
      action: 'I chose cost per order as the goal and ran a four-week pilot.',
      result: 'Cost fell 17% to $3.98.',
    });
    expect(courier.scoreHistory).toHaveLength(1);
    const onboarding = rows.find((r) => r.titleKey === 'onboarding')!;
    // The newer text wins; what the user added (principles, history) is kept, as import keeps it.
    expect(onboarding.action).toBe('I helped out on the onboarding checklist and users loved it.');
    expect(onboarding.principles).toEqual(['Ownership']);
    expect(onboarding.scoreHistory).toHaveLength(2);

    // Saved again later, unchanged: nothing changes, not even the score history.
    const again = await saveAllStories(storiesOf({ text: DOC }), { db, now });
    expect(again.report.stories).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await listStories(db)).toEqual(rows);
  });

  it('numbers a repeated title, and leaves out a story too long for the library with the reason', async () => {
    const db = newLibrary();
    const long = `I decided ${'and measured '.repeat(1_000)}.`;
    const text = `## Same\nI decided.\n## Same\nI measured.\n## Huge\n${long}`;
    const saved = await saveAllStories(storiesOf({ text }), { db });
    expect((await listStories(db)).map((r) => r.title).sort()).toEqual(['Same', 'Same (2)']);
    expect(saved.notSaved).toEqual([{ title: 'Huge', reason: expect.stringContaining('at most 10,000') }]);
  });

  it('a full library refuses the whole save, and nothing is written', async () => {
    const db = newLibrary();
    await db.stories.bulkAdd(
      Array.from({ length: 1_000 }, (_, i) => ({
        id: i + 1,
        title: `S${i}`,
        titleKey: `s${i}`,
        problem: '',
        action: 'x',
        result: '',
        learning: '',
        principles: [],
        metrics: [],
        scoreHistory: [],
        createdAt: 1,
        updatedAt: 1,
      })),
    );
    await expect(saveAllStories(storiesOf({ text: DOC }), { db })).rejects.toThrow(/1,000/);
    expect(await db.stories.count()).toBe(1_000);
  });

  it('parts: one paragraph is the action; four or more end with result and learning', () => {
    expect(partsOf(['a'])).toEqual({ problem: '', action: 'a', result: '', learning: '' });
    expect(partsOf(['p', 'a1', 'a2', 'r', 'l'])).toEqual({
      problem: 'p',
      action: 'a1\n\na2',
      result: 'r',
      learning: 'l',
    });
  });
});
