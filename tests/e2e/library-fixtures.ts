/**
 * What the library's browser tests add to the shared fixtures: a page object for the Library
 * tab and the Save form, a second fresh profile with the same built extension (for export →
 * import), and a raw read of the library's IndexedDB rows to compare two profiles.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './chromium';
import { EXTENSION_PATH } from './fixtures';
import { guardNetwork, type NetworkGuard } from './network-guard';

/** The panel as a user meets the library in it: by role and accessible name. */
export class LibraryPanel {
  constructor(readonly page: Page) {}

  static async open(openExtensionPage: (path: string) => Promise<Page>, query = ''): Promise<LibraryPanel> {
    const panel = new LibraryPanel(await openExtensionPage(`sidepanel.html${query}`));
    await expect(panel.tab('Analysis')).toBeVisible();
    return panel;
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  /** The panel's Library tab, then one of its sections. */
  async openLibrary(
    section: 'Snippets' | 'Stories' | 'Prepare' | 'Templates' | 'Export & import' = 'Snippets',
  ): Promise<void> {
    await this.tab('Library').click();
    await expect(this.tab('Library')).toHaveAttribute('aria-selected', 'true');
    await this.tab(section).click();
    await expect(this.tab(section)).toHaveAttribute('aria-selected', 'true');
  }

  get storyBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Interview story' });
  }

  get saveForm(): Locator {
    return this.page.getByRole('form', { name: 'Save to your library' });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search snippets' });
  }

  /** The sentence that says how many snippets are listed or match. */
  get count(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Snippets' }).getByRole('status').first();
  }

  snippets(): Locator {
    return this.page.getByRole('list', { name: 'Snippets' }).getByRole('listitem');
  }

  snippet(text: string | RegExp): Locator {
    return this.snippets().filter({ hasText: text });
  }

  /** The toast: one message at a time, with Undo when something can be put back. */
  get toast(): Locator {
    return this.page.locator('.lib-toast');
  }

  async pasteStory(text: string): Promise<void> {
    await this.storyBox.fill(text);
    await expect(this.page.getByRole('region', { name: 'Analysis' })).toHaveAttribute('aria-busy', 'false');
  }

  async save(options: { tags?: string; principle?: string } = {}): Promise<void> {
    if (options.tags !== undefined) await this.saveForm.getByRole('textbox', { name: 'Tags' }).fill(options.tags);
    if (options.principle !== undefined)
      await this.saveForm.getByRole('combobox', { name: 'Leadership principle' }).selectOption(options.principle);
    await this.saveForm.getByRole('button', { name: 'Save to library' }).click();
  }
}

export interface Profile {
  context: BrowserContext;
  extensionId: string;
  guard: NetworkGuard;
  openExtensionPage: (path: string) => Promise<Page>;
  close(): Promise<void>;
}

/** Another fresh Chromium profile with the same built extension: an empty library. */
export async function launchProfile(allowedOrigins: readonly string[] = []): Promise<Profile> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'ownership-lens-e2e-second-'));
  const { context, extensionId } = await launchWithExtension(userDataDir, EXTENSION_PATH);
  const guard = guardNetwork(context, allowedOrigins);
  return {
    context,
    extensionId,
    guard,
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\/+/, '')}`);
      return page;
    },
    async close() {
      guard.dispose();
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
      guard.assertNoViolations();
    },
  };
}

export type LibraryRows = Record<'snippets' | 'stories' | 'templates' | 'principles', unknown[]>;

/** Every row of the named tables, read with plain IndexedDB in an extension page, in key order. */
export function readTables<Name extends string>(page: Page, names: readonly Name[]): Promise<Record<Name, unknown[]>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('ownership-lens-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...names], 'readonly');
          const rows: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (rows[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(rows);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...names],
  ) as Promise<Record<Name, unknown[]>>;
}

/** Every row of every library table. */
export function readLibraryRows(page: Page): Promise<LibraryRows> {
  return readTables(page, ['snippets', 'stories', 'templates', 'principles']);
}

/** Axe over the page as it is now: no serious or critical violation of WCAG 2.1 A/AA. */
export async function expectNoSeriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.passes.length, `axe ran its checks (${where})`).toBeGreaterThan(0);
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}
