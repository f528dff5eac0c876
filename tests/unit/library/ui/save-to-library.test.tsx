// @vitest-environment happy-dom
// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import type { DBCoreMutateRequest } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SaveToLibrary } from '@/components/library/SaveToLibrary';
import type { PassageSource } from '@/lib/messaging/protocol';
import { fakeAnalysis, fakeAnalyzer, snapshot, useLibrary } from '../helpers';
import { renderWithLibrary } from './render';

const lib = useLibrary(fakeAnalyzer());
afterEach(cleanup);

const TEXT = 'I cut refund tickets by 45% in 30 days.';
const PAGE: PassageSource = { kind: 'selection', title: 'Interview notes', url: 'http://127.0.0.1:9/notes.html' };
const status = () => screen.getByRole('status');

describe('Save to library', () => {
  it('keeps the passage with its analysis, tags, principle and source in one click, then updates it on a second', async () => {
    renderWithLibrary(
      <SaveToLibrary text={TEXT} analysis={fakeAnalysis(82, ['metric', 'outcome'])} source={PAGE} />,
      lib.deps,
    );
    await waitFor(() => expect(screen.getByRole('option', { name: 'Ownership' })).toBeTruthy());
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: 'Support, cost' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Leadership principle' }), {
      target: { value: 'Ownership' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    await waitFor(() => expect(status().textContent).toBe('Saved to your library under Ownership: 82 · strong.'));
    const [row] = await lib.db.snippets.toArray();
    expect(row).toMatchObject({
      text: TEXT,
      score: 82,
      band: 'strong',
      components: ['metric', 'outcome'],
      tags: ['support', 'cost'],
      principles: ['Ownership'],
      sourceTitle: 'Interview notes',
      sourceUrl: PAGE.url,
    });

    fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: 'q3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    await waitFor(() =>
      expect(status().textContent).toMatch(/^Updated existing snippet: this text was already in your library/),
    );
    expect(await lib.db.snippets.count()).toBe(1);
    expect((await lib.db.snippets.toArray())[0]!.tags).toEqual(['support', 'cost', 'q3']);
  });

  it('keeps no page for text pasted into the panel, and clears its message when the passage changes', async () => {
    const view = renderWithLibrary(
      <SaveToLibrary text={TEXT} analysis={fakeAnalysis(50)} source={{ kind: 'paste', title: '', url: '' }} />,
      lib.deps,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Saved/));
    expect((await lib.db.snippets.toArray())[0]).toMatchObject({ sourceTitle: '', sourceUrl: '' });
    view.rerender(<SaveToLibrary text="Another passage." analysis={fakeAnalysis(50)} />);
    await waitFor(() => expect(status().textContent).toBe(''));
  });

  it('still says what happened when the panel shows the same passage again', async () => {
    const first = renderWithLibrary(<SaveToLibrary text={TEXT} analysis={fakeAnalysis(50)} />, lib.deps);
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Saved/));
    first.unmount();
    renderWithLibrary(<SaveToLibrary text={TEXT} analysis={fakeAnalysis(50)} />, lib.deps);
    expect(status().textContent).toMatch(/^Saved to your library/);
  });

  it('says so clearly when storage is full, and nothing saved before is lost', async () => {
    renderWithLibrary(<SaveToLibrary text="Kept before." analysis={fakeAnalysis(50)} />, lib.deps);
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Saved/));
    cleanup();
    const before = await snapshot(lib.db);
    // A middleware takes effect when the database is opened.
    lib.db.close();
    lib.db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => ({
          ...down.table(name),
          mutate: (_req: DBCoreMutateRequest) =>
            Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
        }),
      }),
    });
    await lib.db.open();
    renderWithLibrary(<SaveToLibrary text={TEXT} analysis={fakeAnalysis(50)} />, lib.deps);
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /storage for this extension is full, so this change was not saved\. Everything saved before is still there\./,
    );
    expect(await snapshot(lib.db)).toEqual(before);
  });

  it('says there is nothing to save for an empty passage, and saves nothing', async () => {
    renderWithLibrary(<SaveToLibrary text="   " analysis={fakeAnalysis(0)} />, lib.deps);
    const button = screen.getByRole('button', { name: 'Save to library' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('There is no text to save yet.')).toBeTruthy();
    fireEvent.click(button);
    await new Promise((r) => setTimeout(r, 50));
    expect(await lib.db.snippets.count()).toBe(0);
  });
});
