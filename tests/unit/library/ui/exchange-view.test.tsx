// @vitest-environment happy-dom
// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExchangeView } from '@/components/library/ExchangeView';
import { saveSnippet } from '@/lib/library';
import { fakeAnalyzer, snapshot, useLibrary } from '../helpers';
import { largeLibraryFile } from '../large-library';
import { renderWithLibrary } from './render';

const lib = useLibrary(fakeAnalyzer());
afterEach(cleanup);

function pick(text: string, name: string) {
  const input = screen.getByLabelText('Import a library file') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('Import', () => {
  it('reports what it added, updated and skipped in each table', async () => {
    const file = await largeLibraryFile(12, 2);
    await saveSnippet({ text: file.snippets[0]!.text, note: 'mine' }, lib.deps);
    renderWithLibrary(<ExchangeView />, lib.deps);
    pick(JSON.stringify(file), 'backup.json');
    const table = await screen.findByRole('table', { name: 'Imported backup.json' });
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) }).textContent;
    expect(row('Snippets')).toBe('Snippets1110');
    expect(row('Stories')).toBe('Stories200');
    expect(row('Templates')).toBe('Templates000');
    expect(row('Principles')).toBe('Principles0016');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Table', 'Added', 'Updated', 'Skipped']);
    expect(screen.getByRole('status').textContent).toBe(
      'Imported backup.json: 11 snippets added, 1 updated, 0 skipped.',
    );
    expect(await lib.db.snippets.count()).toBe(12);
  });

  it('refuses a bad file whole, names its first problem, and changes nothing', async () => {
    await saveSnippet({ text: 'Kept.' }, lib.deps);
    const before = await snapshot(lib.db);
    renderWithLibrary(<ExchangeView />, lib.deps);
    const file = await largeLibraryFile(3, 1);
    for (const [bad, problem] of [
      ['{"format":"ownership-lens-library","version":1,', /not valid JSON, or it was cut short/],
      [
        JSON.stringify({ ...file, version: 9 }),
        /The first problem in the file: version: the file is version 9, from a newer Ownership Lens/,
      ],
      [
        JSON.stringify({ ...file, snippets: [{ ...file.snippets[0], text: 42 }] }),
        /checksum|snippets\[0\]\.text: expected a string, got a number/,
      ],
    ] as const) {
      pick(bad, 'bad.json');
      await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(problem));
      expect(screen.getByRole('alert').textContent).toMatch(/^Nothing was imported, and your library is unchanged\./);
      expect(screen.queryByRole('table')).toBeNull();
    }
    expect(await snapshot(lib.db)).toEqual(before);
  });
});
