/**
 * Everything about an import file is checked before anything is written: its size, that it is
 * JSON, its format and version, its checksum, the type and size of every field, and that its
 * references hold (a snippet's story and principles are in the file). The first problem found
 * is thrown as a LibraryFileError naming where it is.
 */
import { COMPONENT_IDS } from '@/lib/analysis';
import { LIMITS } from '../limits';
import { normalizeText } from '../text';
import { BANDS, type PrincipleRow } from '../model';
import { TEMPLATE_SCOPES } from '../templates';
import { fileChecksum, LIBRARY_FILE_FORMAT, LIBRARY_FILE_VERSION, type LibraryFile } from './format';
import { prepTables } from './prep-shape';
import { array, fail, id, LibraryFileError, number, object, oneOf, string, time } from './shape';

export { LibraryFileError };

const band = oneOf(BANDS);
const score = number({ min: 0, max: 100 });

const principle = object({
  name: string({ max: LIMITS.principleName, nonEmpty: true }),
  position: number({ min: 0, max: 1e9, integer: true }),
});

const snippet = object(
  {
    id,
    text: string({ max: LIMITS.snippetText, nonEmpty: true }),
    note: string({ max: LIMITS.note }),
    tags: array(string({ max: LIMITS.tagLength, nonEmpty: true }), LIMITS.tags),
    principles: array(string({ max: LIMITS.principleName, nonEmpty: true }), LIMITS.principles),
    storyId: id,
    score,
    band,
    components: array(oneOf(COMPONENT_IDS), COMPONENT_IDS.length),
    sourceTitle: string({ max: LIMITS.sourceTitle }),
    sourceUrl: string({ max: LIMITS.sourceUrl }),
    createdAt: time,
    updatedAt: time,
  },
  ['storyId'],
);

const metricText = string({ max: LIMITS.metricText });
const story = object({
  id,
  title: string({ max: LIMITS.storyTitle, nonEmpty: true }),
  problem: string({ max: LIMITS.storyPart }),
  action: string({ max: LIMITS.storyPart }),
  result: string({ max: LIMITS.storyPart }),
  learning: string({ max: LIMITS.storyPart }),
  principles: array(string({ max: LIMITS.principleName, nonEmpty: true }), LIMITS.principles),
  metrics: array(
    object(
      {
        name: metricText,
        value: metricText,
        origin: oneOf(['text', 'user'] as const),
        quote: string({ max: LIMITS.storyPart }),
      },
      ['quote'],
    ),
    LIMITS.metrics,
  ),
  scoreHistory: array(object({ score, band, at: time }), LIMITS.scoreHistory),
  createdAt: time,
  updatedAt: time,
});

const template = object({
  id,
  scope: oneOf(TEMPLATE_SCOPES),
  text: string({ max: LIMITS.templateText, nonEmpty: true }),
  name: string({ max: LIMITS.templateName }),
  createdAt: time,
  updatedAt: time,
});

const tables = object({
  principles: array(principle, LIMITS.principles),
  snippets: array(snippet, LIMITS.snippets),
  stories: array(story, LIMITS.stories),
  templates: array(template, LIMITS.templates),
});

const EMPTY_PREP = { decisions: [], osfMaps: [], rehearsals: [], interviews: [] };

function checkUnique<T>(rows: readonly T[], key: (row: T) => unknown, path: (i: number) => string, what: string): void {
  const seen = new Set<unknown>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (seen.has(k)) fail(path(i), `repeats ${what} ${JSON.stringify(k)}`);
    seen.add(k);
  });
}

function checkReferences(file: Omit<LibraryFile, 'format' | 'version' | 'exportedAt' | 'checksum'>): void {
  checkUnique(
    file.principles,
    (p: PrincipleRow) => p.name,
    (i) => `principles[${i}].name`,
    'the principle',
  );
  checkUnique(
    file.snippets,
    (s) => s.id,
    (i) => `snippets[${i}].id`,
    'id',
  );
  checkUnique(
    file.stories,
    (s) => s.id,
    (i) => `stories[${i}].id`,
    'id',
  );
  checkUnique(
    file.templates,
    (t) => t.id,
    (i) => `templates[${i}].id`,
    'id',
  );
  const principles = new Set(file.principles.map((p) => p.name));
  const stories = new Set(file.stories.map((s) => s.id));
  const known = (list: string[], path: string) => {
    list.forEach((p, j) => {
      if (!principles.has(p)) fail(`${path}.principles[${j}]`, `"${p}" is not in the file's principles`);
    });
  };
  file.snippets.forEach((s, i) => {
    if (s.storyId !== undefined && !stories.has(s.storyId))
      fail(`snippets[${i}].storyId`, `no story with id ${s.storyId} in the file`);
    known(s.principles, `snippets[${i}]`);
  });
  file.stories.forEach((s, i) => known(s.principles, `stories[${i}]`));
  checkPrepReferences(file, stories);
}

/** Each story's log, map and rehearsals belong to a story in the file; ids and companies are not repeated. */
function checkPrepReferences(
  file: Omit<LibraryFile, 'format' | 'version' | 'exportedAt' | 'checksum'>,
  stories: Set<number>,
) {
  const inFile = (table: string, rows: ReadonlyArray<{ storyId: number }>) =>
    rows.forEach((row, i) => {
      if (!stories.has(row.storyId)) fail(`${table}[${i}].storyId`, `no story with id ${row.storyId} in the file`);
    });
  checkUnique(
    file.decisions,
    (d) => d.id,
    (i) => `decisions[${i}].id`,
    'id',
  );
  checkUnique(
    file.osfMaps,
    (m) => m.storyId,
    (i) => `osfMaps[${i}].storyId`,
    'the story',
  );
  checkUnique(
    file.rehearsals,
    (r) => r.id,
    (i) => `rehearsals[${i}].id`,
    'id',
  );
  checkUnique(
    file.interviews,
    (r) => r.id,
    (i) => `interviews[${i}].id`,
    'id',
  );
  checkUnique(
    file.interviews,
    (r) => normalizeText(r.company),
    (i) => `interviews[${i}].company`,
    'the company',
  );
  inFile('decisions', file.decisions);
  inFile('osfMaps', file.osfMaps);
  inFile('rehearsals', file.rehearsals);
  const perStory = new Map<number, number>();
  file.decisions.forEach((d, i) => {
    const n = (perStory.get(d.storyId) ?? 0) + 1;
    perStory.set(d.storyId, n);
    if (n > LIMITS.decisionsPerStory)
      fail(`decisions[${i}]`, `story ${d.storyId} has more than ${LIMITS.decisionsPerStory} decision log entries`);
  });
}

/** UTF-8 length without encoding the whole text when the answer is plain. */
function utf8Bytes(text: string): number {
  if (text.length > LIMITS.fileBytes || text.length * 3 <= LIMITS.fileBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

function tooLarge(bytes: number): never {
  // Rounded up, so a file just over the limit never reads as "20.0 MB; at most 20.0 MB".
  const mb = (n: number) => `${(Math.ceil((n / 1024 / 1024) * 10) / 10).toFixed(1)} MB`;
  return fail('', `The file is ${mb(bytes)}; a library file can be at most ${mb(LIMITS.fileBytes)}.`);
}

export async function parseLibraryFile(text: string): Promise<LibraryFile> {
  const bytes = utf8Bytes(text);
  if (bytes > LIMITS.fileBytes) tooLarge(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail('', `The file is not valid JSON, or it was cut short (${(error as Error).message}).`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return fail('', 'The file is not an Ownership Lens library: expected a JSON object.');
  const root = raw as Record<string, unknown>;
  if (root.format !== LIBRARY_FILE_FORMAT) return fail('format', 'this is not an Ownership Lens library file');
  const version = number({ min: 1, max: Number.MAX_SAFE_INTEGER, integer: true })(root.version, 'version');
  if (version > LIBRARY_FILE_VERSION)
    fail(
      'version',
      `the file is version ${version}, from a newer Ownership Lens; this one reads version ${LIBRARY_FILE_VERSION}`,
    );
  if (version !== 1 && version !== LIBRARY_FILE_VERSION) fail('version', `version ${version} is not supported`);
  const exportedAt = time(root.exportedAt, 'exportedAt');
  const checksum = string({ max: 100 })(root.checksum, 'checksum');
  // The checksum's canonical JSON checks the depth first: a value nested too deeply is named, never a stack overflow.
  if (checksum !== (await fileChecksum(root as unknown as LibraryFile)))
    fail('checksum', 'the file does not match its checksum: it was changed or damaged after export');
  // Version 1 had no interview preparation: its tables are empty, whatever else the file holds.
  const data = { ...tables(root, ''), ...(version === 1 ? EMPTY_PREP : prepTables(root, '')) };
  checkReferences(data);
  return { format: LIBRARY_FILE_FORMAT, version, exportedAt, checksum, ...data };
}

/** Checks the size before reading, so a huge file is refused without loading it. */
export async function readLibraryFile(file: Blob): Promise<LibraryFile> {
  if (file.size > LIMITS.fileBytes) tooLarge(file.size);
  return parseLibraryFile(await file.text());
}
