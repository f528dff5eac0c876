/**
 * What the preparation specs share: three stories a candidate would take into a loop, signed
 * into a library file the panel imports (so each test starts from a real library, not a stub),
 * and a raw read of the preparation tables to compare two profiles.
 */
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { defaultPrincipleRows } from '@/lib/library/db';
import {
  fileChecksum,
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  type ExportedSnippet,
  type ExportedStory,
  type LibraryFile,
} from '@/lib/library/exchange/format';
import { expect } from './fixtures';
import { readTables, type LibraryPanel } from './library-fixtures';

const AT = 1_790_000_000_000;

const story = (
  id: number,
  title: string,
  parts: Pick<ExportedStory, 'problem' | 'action' | 'result' | 'learning'>,
  principles: string[],
): ExportedStory => ({
  id,
  title,
  ...parts,
  principles,
  metrics: [],
  scoreHistory: [],
  createdAt: AT,
  updatedAt: AT,
});

export const STORIES: ExportedStory[] = [
  story(
    1,
    'Refund triage',
    {
      problem: 'Refund tickets had doubled to 1,200 a week and the support queue was two days behind.',
      action:
        'I decided to rebuild triage with the support lead: I chose to route refunds by order value instead of hiring, and tested it on one region for two weeks.',
      result: 'Refund tickets fell 45% to 660 a week in 30 days, measured on the support dashboard.',
      learning: 'I learned to agree on the guardrail metric before the pilot; we then rolled it out to every region.',
    },
    ['Ownership', 'Customer Obsession'],
  ),
  story(
    2,
    'Pricing experiment',
    {
      problem: 'Trial-to-paid conversion was stuck at 8%.',
      action:
        'I owned that metric and ran a pricing-page A/B test with the finance lead for 30 days, choosing annual plans over discounts.',
      result: 'Conversion rose to 9.6%, about $3M in new ARR.',
      learning: 'We made the variant the default for every market, and I learned to set guardrails before launch.',
    },
    ['Ownership', 'Deliver Results'],
  ),
  story(
    3,
    'Onboarding',
    {
      problem: 'Day-7 activation was 31% and new teams churned in their first month.',
      action:
        'I decided to cut the setup wizard from nine steps to three and tested it against the old flow with 4,000 sign-ups.',
      result: 'Day-7 activation rose from 31% to 44% in six weeks.',
      learning: 'We scaled the short wizard to mobile, and I learned to measure the drop-off step by step.',
    },
    ['Deliver Results', 'Invent and Simplify'],
  ),
];

export const snippetOf = (id: number, text: string, principles: string[]): ExportedSnippet => ({
  id,
  text,
  note: '',
  tags: [],
  principles,
  score: 80,
  band: 'strong',
  components: [],
  sourceTitle: '',
  sourceUrl: '',
  createdAt: AT,
  updatedAt: AT,
});

export async function signedFile(tables: Partial<LibraryFile>): Promise<LibraryFile> {
  const body: Omit<LibraryFile, 'checksum'> = {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: AT,
    principles: defaultPrincipleRows(),
    snippets: [],
    stories: [],
    templates: [],
    decisions: [],
    osfMaps: [],
    rehearsals: [],
    interviews: [],
    ...tables,
  };
  return { ...body, checksum: await fileChecksum(body) };
}

/** Imports `file` through Export & import, as a user would, and waits for the report. */
export async function importThroughPanel(panel: LibraryPanel, file: LibraryFile, name: string): Promise<void> {
  const path = join(tmpdir(), `${name}-${Date.now()}.json`);
  await writeFile(path, JSON.stringify(file));
  await panel.openLibrary('Export & import');
  await panel.page.getByLabel('Import a library file').setInputFiles(path);
  await expect(panel.page.getByRole('table', { name: new RegExp(`^Imported ${name}`) })).toBeVisible();
}

export type PrepTables = Record<'decisions' | 'osfMaps' | 'rehearsals' | 'interviews', unknown[]>;

/** The preparation tables' rows, read with plain IndexedDB in an extension page. */
export function readPrepRows(page: Page): Promise<PrepTables> {
  return readTables(page, ['decisions', 'osfMaps', 'rehearsals', 'interviews']);
}

/** Pages in a PDF: each page object says "/Type /Page" (the page tree says "/Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
