// First: Dexie must load after fake-indexeddb has installed its globals, or liveQuery never emits.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportLibrary } from '@/lib/library/exchange/export';
import type { LibraryFile } from '@/lib/library/exchange/format';
import { importLibrary } from '@/lib/library/exchange/import';
import { LibraryFileError, readLibraryFile } from '@/lib/library/exchange/validate';
import { snapshot, useLibrary } from './helpers';
import { buildFixtureLibrary, resign } from './exchange-fixture';

const lib = useLibrary();
const MB = 1024 * 1024;

/** Valid JSON of exactly 50 MB. */
function fiftyMegabytes(): string {
  const head = '{"format":"ownership-lens-library","padding":"';
  return `${head}${'x'.repeat(50 * MB - head.length - 2)}"}`;
}

/** JSON nested 100,000 levels deep: too deep for any recursive walk. */
const deeply = (open: string, close: string, inner = '') => `${open.repeat(100_000)}${inner}${close.repeat(100_000)}`;

/** A bad file: either text, or an edit of a good export (re-signed unless `keepChecksum`). */
type Case = [name: string, make: (good: LibraryFile) => string | Promise<string>, message: string | RegExp];

const edit =
  (change: (f: LibraryFile & Record<string, unknown>) => void, keepChecksum = false) =>
  async (good: LibraryFile) => {
    const file = structuredClone(good) as LibraryFile & Record<string, unknown>;
    change(file);
    return JSON.stringify(keepChecksum ? file : await resign(file));
  };

const cases: Case[] = [
  ['not JSON', () => 'Refund tickets fell 45%.', /^The file is not valid JSON, or it was cut short \(/],
  ['an empty file', () => '', /^The file is not valid JSON/],
  [
    'a truncated file',
    (good) => JSON.stringify(good).slice(0, 300),
    /^The file is not valid JSON, or it was cut short/,
  ],
  ['a JSON array', () => '[]', 'The file is not an Ownership Lens library: expected a JSON object.'],
  [
    'another format',
    edit((f) => void ((f as Record<string, unknown>).format = 'notion-export')),
    'format: this is not an Ownership Lens library file',
  ],
  [
    'a newer version',
    edit((f) => void (f.version = 3 as 2)),
    'version: the file is version 3, from a newer Ownership Lens; this one reads version 2',
  ],
  ['version 0', edit((f) => void (f.version = 0 as 2)), 'version: 0 is outside 1…9007199254740991'],
  [
    'a version as text',
    edit((f) => void (f.version = '1' as unknown as 2)),
    'version: expected a number, got a string',
  ],
  [
    'no checksum',
    edit((f) => void delete (f as Partial<LibraryFile>).checksum, true),
    'checksum: expected a string, got undefined',
  ],
  [
    'a bad checksum',
    edit((f) => void (f.snippets[0]!.text = 'Edited by hand.'), true),
    'checksum: the file does not match its checksum: it was changed or damaged after export',
  ],
  [
    'a number for text',
    edit((f) => void ((f.snippets[1] as Record<string, unknown>).text = 42)),
    'snippets[1].text: expected a string, got a number',
  ],
  [
    'a missing field',
    edit((f) => void delete (f.snippets[0] as Partial<(typeof f.snippets)[0]>).note),
    'snippets[0].note: missing',
  ],
  [
    'an object for a table',
    edit((f) => void ((f as Record<string, unknown>).stories = {})),
    'stories: expected an array, got an object',
  ],
  [
    'an unknown band',
    edit((f) => void ((f.stories[0]!.scoreHistory[0] as unknown as Record<string, unknown>).band = 'great')),
    'stories[0].scoreHistory[0].band: expected one of "weak", "partial", "strong", got "great"',
  ],
  [
    'a fractional id',
    edit((f) => void (f.templates[1]!.id = 1.5)),
    'templates[1].id: expected a whole number, got 1.5',
  ],
  [
    'a negative time',
    edit((f) => void (f.snippets[2]!.createdAt = -5)),
    'snippets[2].createdAt: -5 is outside 0…8640000000000000',
  ],
  [
    'a null tag',
    edit((f) => void ((f.snippets[0]!.tags as unknown[])[1] = null)),
    'snippets[0].tags[1]: expected a string, got null',
  ],
  [
    'an unknown component',
    edit((f) => void ((f.snippets[0]!.components as string[]) = ['charisma'])),
    /^snippets\[0\]\.components\[0\]: expected one of "problem", /,
  ],
  [
    'an unknown template scope',
    edit((f) => void ((f.templates[0] as Record<string, unknown>).scope = 'rant')),
    /^templates\[0\]\.scope: expected one of "hedge", .*"story", got "rant"$/,
  ],
  ['an empty text', edit((f) => void (f.snippets[1]!.text = '   ')), 'snippets[1].text: must not be empty'],
  [
    'a text over the limit',
    edit((f) => void (f.snippets[0]!.text = 'x'.repeat(10_001))),
    'snippets[0].text: 10001 characters; at most 10000',
  ],
  [
    'too many tags',
    edit((f) => void (f.snippets[0]!.tags = Array.from({ length: 51 }, (_, i) => `t${i}`))),
    'snippets[0].tags: 51 items; at most 50',
  ],
  [
    'a story that is not in the file',
    edit((f) => void (f.snippets[0]!.storyId = 999)),
    'snippets[0].storyId: no story with id 999 in the file',
  ],
  [
    'a principle that is not in the file',
    edit((f) => void (f.stories[0]!.principles = ['Charisma'])),
    'stories[0].principles[0]: "Charisma" is not in the file\'s principles',
  ],
  ['a repeated id', edit((f) => void (f.snippets[1]!.id = f.snippets[0]!.id)), /^snippets\[1\]\.id: repeats id \d+$/],
  [
    'a version 2 file without its decision logs',
    edit((f) => void delete (f as Partial<LibraryFile>).decisions),
    'decisions: missing',
  ],
  [
    'a decision on a day that does not exist',
    edit((f) => void (f.decisions[0]!.date = '2024-02-30')),
    'decisions[0].date: expected a day written YYYY-MM-DD, got "2024-02-30"',
  ],
  [
    'a decision of a story not in the file',
    edit((f) => void (f.decisions[0]!.storyId = 999)),
    'decisions[0].storyId: no story with id 999 in the file',
  ],
  [
    'evidence with no link',
    edit((f) => void (f.decisions[0]!.evidence[1]!.link = ' ')),
    'decisions[0].evidence[1].link: must not be empty',
  ],
  [
    'evidence of an unknown kind',
    edit((f) => void ((f.decisions[0]!.evidence[0] as unknown as Record<string, unknown>).kind = 'rumour')),
    'decisions[0].evidence[0].kind: expected one of "ticket", "doc", "dashboard", "note", got "rumour"',
  ],
  [
    'too many pieces of evidence',
    edit((f) => void (f.decisions[0]!.evidence = Array.from({ length: 21 }, () => f.decisions[0]!.evidence[0]!))),
    'decisions[0].evidence: 21 items; at most 20',
  ],
  [
    'more entries in one story than a log holds',
    edit(
      (f) =>
        void (f.decisions = Array.from({ length: 201 }, (_, i) => ({ ...f.decisions[0]!, id: i + 1, createdAt: i }))),
    ),
    /^decisions\[200\]: story \d+ has more than 200 decision log entries$/,
  ],
  [
    'two maps of one story',
    edit((f) => void f.osfMaps.push(f.osfMaps[0]!)),
    /^osfMaps\[1\]\.storyId: repeats the story \d+$/,
  ],
  [
    'a map node over the limit',
    edit((f) => void (f.osfMaps[0]!.nodes.outcome = 'x'.repeat(2_001))),
    'osfMaps[0].nodes.outcome: 2001 characters; at most 2000',
  ],
  [
    'a rehearsal score over 100',
    edit((f) => void (f.rehearsals[0]!.answers[0]!.score = 101)),
    'rehearsals[0].answers[0].score: 101 is outside 0…100',
  ],
  [
    'two dates for one company',
    edit((f) => void f.interviews.push({ ...f.interviews[0]!, id: 9, company: ' ACME ' })),
    'interviews[1].company: repeats the company "acme"',
  ],
  ['a 50 MB file', () => fiftyMegabytes(), 'The file is 50.0 MB; a library file can be at most 20.0 MB.'],
  [
    'a note nested 100,000 levels deep',
    (good) => JSON.stringify(good).replace('"note":"lead with this"', `"note":${deeply('[', ']')}`),
    `snippets[0].note${'[0]'.repeat(29)}: nested too deeply (more than 32 levels of arrays and objects)`,
  ],
  [
    'an unknown field nested 100,000 levels deep',
    (good) => JSON.stringify(good).replace(/^\{/, `{"extra":${deeply('{"a":', '}', '0')},`),
    `extra${'.a'.repeat(31)}: nested too deeply (more than 32 levels of arrays and objects)`,
  ],
];

describe('a bad import file is refused whole, naming its first problem', () => {
  it.each(cases)('%s', async (_name, make, message) => {
    await buildFixtureLibrary(lib.deps);
    const before = await snapshot(lib.db);
    const text = await make(await exportLibrary(lib.db));
    const error = await importLibrary(text, lib.db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryFileError);
    if (typeof message === 'string') expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
    expect(await snapshot(lib.db)).toEqual(before);
  });

  it('refuses a 50 MB Blob by its size, before reading it', async () => {
    const blob = new Blob([new Uint8Array(50 * MB)]);
    let read = false;
    const watched = Object.assign(blob, { text: () => ((read = true), Blob.prototype.text.call(blob)) });
    await expect(readLibraryFile(watched)).rejects.toThrow(
      'The file is 50.0 MB; a library file can be at most 20.0 MB.',
    );
    expect(read).toBe(false);
  });

  it('counts bytes, not characters, against the size limit', async () => {
    // 7 million three-byte characters: 21 MB in UTF-8, though fewer than 20 million characters.
    const text = `{"format":"ownership-lens-library","padding":"${'€'.repeat(7_000_000)}"}`;
    await expect(importLibrary(text, lib.db)).rejects.toThrow(
      'The file is 20.1 MB; a library file can be at most 20.0 MB.',
    );
  });
});
