// @vitest-environment happy-dom
// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryTab } from '@/components/library/LibraryTab';
import { PAGE_SIZE } from '@/components/library/SnippetsView';
import { SEARCH_DELAY_MS } from '@/components/library/useDebounced';
import * as library from '@/lib/library';
import { fakeAnalyzer, useLibrary } from '../helpers';
import { renderWithLibrary } from './render';

vi.mock('@/lib/library', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/library')>();
  return { ...original, searchSnippets: vi.fn(original.searchSnippets) };
});

const TEXTS = {
  conversion: 'Conversion rose 9% after I chose the new checkout.',
  rollout: 'I owned the rollout to three regions.',
  dashboards: 'We shipped dashboards.',
};
const lib = useLibrary(
  fakeAnalyzer({
    [TEXTS.conversion]: 82,
    [TEXTS.rollout]: 55,
    [TEXTS.dashboards]: 20,
    'I cut refunds 40% in a quarter.': 74,
  }),
);

afterEach(cleanup);

async function seed() {
  for (const text of Object.values(TEXTS))
    await library.saveSnippet({ text, tags: text === TEXTS.rollout ? ['launch'] : [] }, lib.deps);
}

const status = () => within(screen.getByRole('tabpanel', { name: 'Snippets' })).getAllByRole('status')[0]!;
const items = () => within(screen.getByRole('list', { name: 'Snippets' })).getAllByRole('listitem');
const searchedTexts = () => vi.mocked(library.searchSnippets).mock.calls.map(([q]) => q?.text ?? '');

describe('the Snippets list', () => {
  it('searches once typing pauses, with the latest prefix only, and marks the matched beginnings', async () => {
    await seed();
    renderWithLibrary(<LibraryTab />, lib.deps);
    await waitFor(() => expect(status().textContent).toBe('3 snippets in your library.'));
    vi.mocked(library.searchSnippets).mockClear();

    const box = screen.getByRole('searchbox', { name: 'Search snippets' });
    fireEvent.input(box, { target: { value: 'c' } });
    fireEvent.input(box, { target: { value: 'ch' } });
    fireEvent.input(box, { target: { value: 'cho' } });
    await new Promise((r) => setTimeout(r, SEARCH_DELAY_MS / 2));
    expect(searchedTexts()).toEqual([]);
    expect(status().textContent).toBe('3 snippets in your library.');

    await waitFor(() => expect(status().textContent).toBe('1 snippet matches “cho”.'));
    expect(searchedTexts()).toEqual(['cho']);
    expect(items()).toHaveLength(1);
    expect([...items()[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['cho']);
  });

  it('filters by tag and minimum band, and clears them with one button', async () => {
    await seed();
    renderWithLibrary(<LibraryTab />, lib.deps);
    await waitFor(() => expect(items()).toHaveLength(3));
    fireEvent.change(screen.getByRole('combobox', { name: 'Minimum band' }), { target: { value: 'strong' } });
    await waitFor(() => expect(status().textContent).toBe('1 snippet matches.'));
    expect(items()[0]!.textContent).toContain('Score 82 · strong');
    fireEvent.change(screen.getByRole('combobox', { name: 'Minimum band' }), { target: { value: '' } });
    await waitFor(() => expect(screen.getByRole('option', { name: 'launch' })).toBeTruthy());
    fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), { target: { value: 'launch' } });
    await waitFor(() =>
      expect(items().map((li) => li.querySelector('.lib-snippet__text')!.textContent)).toEqual([TEXTS.rollout]),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(status().textContent).toBe('3 snippets in your library.'));
  });

  it('pages the list: it renders one page and shows more on request', async () => {
    await library.importLibrary(
      JSON.stringify(await (await import('../large-library')).largeLibraryFile(PAGE_SIZE * 2 + 5, 2)),
      lib.db,
    );
    renderWithLibrary(<LibraryTab />, lib.deps);
    await waitFor(() => expect(items()).toHaveLength(PAGE_SIZE));
    expect(status().textContent).toBe(`${PAGE_SIZE * 2 + 5} snippets in your library.`);
    fireEvent.click(
      screen.getByRole('button', { name: `Show ${PAGE_SIZE} more (${PAGE_SIZE} of ${PAGE_SIZE * 2 + 5} shown)` }),
    );
    await waitFor(() => expect(items()).toHaveLength(PAGE_SIZE * 2));
    // Focus goes to the first snippet added, so the keyboard carries on where the list grew.
    await waitFor(() => expect(document.activeElement).toBe(items()[PAGE_SIZE]));
    fireEvent.click(screen.getByRole('button', { name: /^Show 5 more/ }));
    await waitFor(() => expect(items()).toHaveLength(PAGE_SIZE * 2 + 5));
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('deletes with Undo: the toast takes focus, and Undo puts the same snippet back', async () => {
    await seed();
    renderWithLibrary(<LibraryTab />, lib.deps);
    await waitFor(() => expect(items()).toHaveLength(3));
    const before = await lib.db.snippets.toArray();
    const rollout = items().find((li) => li.textContent!.includes(TEXTS.rollout))!;
    fireEvent.click(within(rollout).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(items()).toHaveLength(2));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(screen.getByText('Deleted “I owned the rollout to three regions.”.')).toBeTruthy();
    await act(async () => void fireEvent.click(undo));
    await waitFor(() => expect(items()).toHaveLength(3));
    expect(await lib.db.snippets.toArray()).toEqual(before);
    await screen.findByText('Undone.');
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search snippets' })),
    );
  });

  it('edits in place: a changed text is scored as it is typed and again on save', async () => {
    await seed();
    renderWithLibrary(<LibraryTab />, lib.deps);
    await waitFor(() => expect(items()).toHaveLength(3));
    const dashboards = items().find((li) => li.textContent!.includes(TEXTS.dashboards))!;
    fireEvent.click(within(dashboards).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit snippet' });
    const text = within(form).getByRole('textbox', { name: 'Text' });
    await waitFor(() => expect(document.activeElement).toBe(text));
    fireEvent.input(text, { target: { value: 'I cut refunds 40% in a quarter.' } });
    await waitFor(() => expect(form.textContent).toContain('Score if saved: 74 · strong (now 20 · weak)'));
    fireEvent.input(within(form).getByRole('textbox', { name: 'Tags' }), { target: { value: 'support, Cost ' } });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit snippet' })).toBeNull());
    await waitFor(() => expect(items().some((li) => li.textContent!.includes('I cut refunds'))).toBe(true));
    const edited = items().find((li) => li.textContent!.includes('I cut refunds'))!;
    expect(edited.textContent).toContain('Score 74 · strong');
    expect(edited.textContent).toContain('Tags: support cost');
    expect((await lib.db.snippets.where('normalized').equals('i cut refunds 40% in a quarter.').first())?.score).toBe(
      74,
    );
  });
});
