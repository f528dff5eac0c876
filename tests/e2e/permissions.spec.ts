import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'wxt/browser';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { EXTENSION_PATH, FIREFOX_EXTENSION_PATH, PRODUCTION_EXTENSION_PATH, expect, test } from './fixtures';
import { notesOf, send, tabIdOf } from './page-protocol';

declare const chrome: typeof Browser;

type Manifest = Browser.runtime.Manifest & Record<string, unknown>;
const manifestAt = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'];
const HOSTS = ['https://*.notion.site/*', 'https://docs.google.com/*', 'https://www.notion.so/*'];
const sorted = (list: readonly unknown[] | undefined) => [...(list ?? [])].map(String).sort();

test.describe('the shipped manifest asks for the fewest permissions', () => {
  test('Chrome production build: exactly these permissions and hosts, content scripts only there, a listed shortcut', () => {
    const manifest = manifestAt(PRODUCTION_EXTENSION_PATH);
    expect(manifest.name).toBe('Ownership Lens');
    expect(sorted(manifest.permissions)).toEqual(PERMISSIONS);
    expect(sorted(manifest.host_permissions)).toEqual(HOSTS);
    for (const absent of [
      'optional_permissions',
      'optional_host_permissions',
      'externally_connectable',
      'web_accessible_resources',
      'key',
      'content_security_policy',
    ]) {
      expect(manifest[absent], absent).toBeUndefined();
    }
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.map((script) => script.js).sort()).toEqual([
      ['content-scripts/content.js'],
      ['content-scripts/docs-bridge.js'],
      ['content-scripts/docs.js'],
    ]);
    for (const script of scripts) {
      for (const match of script.matches ?? [])
        expect(['https://docs.google.com/document/*', 'https://www.notion.so/*', 'https://*.notion.site/*']).toContain(
          match,
        );
      expect(script.all_frames ?? false).toBe(false);
    }
    const bridge = scripts.find((script) => script.js?.includes('content-scripts/docs-bridge.js')) as {
      world?: string;
      run_at?: string;
      matches?: string[];
    };
    expect(bridge).toMatchObject({
      world: 'MAIN',
      run_at: 'document_start',
      matches: ['https://docs.google.com/document/*'],
    });
    // Listed on chrome://extensions/shortcuts with its description.
    expect(manifest.commands).toEqual({
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+O', mac: 'Alt+Shift+O' },
        description: 'Open Ownership Lens and score the selected text',
      },
    });
    expect(manifest.action).toEqual({
      default_title: 'Open Ownership Lens',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    });
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });

  test('the e2e build differs only by 127.0.0.1 content-script matches and its name', () => {
    const production = manifestAt(PRODUCTION_EXTENSION_PATH);
    const e2e = manifestAt(EXTENSION_PATH);
    expect(e2e.name).toBe('Ownership Lens (test build)');
    const strip = (manifest: Manifest) => ({
      ...manifest,
      name: undefined,
      content_scripts: manifest.content_scripts?.map((script) => ({
        ...script,
        matches: script.matches?.filter((match) => !match.startsWith('http://127.0.0.1/')),
        exclude_matches: script.exclude_matches?.filter((match) => !match.startsWith('http://127.0.0.1/')),
      })),
    });
    const normalized = (manifest: Manifest) =>
      JSON.parse(
        JSON.stringify(strip(manifest), (_key, value: unknown) =>
          Array.isArray(value) && value.length === 0 ? undefined : value,
        ),
      ) as unknown;
    expect(normalized(e2e)).toEqual(normalized(production));
  });

  test('Firefox production build: MV3 with its oldest version, the sidebar instead of sidePanel, the Docs bridge', () => {
    const manifest = manifestAt(FIREFOX_EXTENSION_PATH);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: {
        id: 'ownership-lens@example.org',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
    // Firefox has no sidePanel API: its sidebar needs no permission.
    expect(sorted(manifest.permissions)).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(sorted(manifest.host_permissions)).toEqual(HOSTS);
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(manifest.action).toMatchObject({ default_title: 'Open Ownership Lens' });
    const scripts = manifest.content_scripts ?? [];
    expect(scripts.map((script) => script.js).sort()).toEqual([
      ['content-scripts/content.js'],
      ['content-scripts/docs-bridge.js'],
      ['content-scripts/docs.js'],
    ]);
    expect(scripts.find((script) => script.js?.includes('content-scripts/docs-bridge.js'))).toMatchObject({
      world: 'MAIN',
      run_at: 'document_start',
      matches: ['https://docs.google.com/document/*'],
    });
    expect(manifest.commands).toHaveProperty('open-panel.description');
  });
});

test.describe('the ways to open the panel are registered in Chromium', () => {
  test('the shortcut is listed with its keys and description, and the selection menu item exists', async ({
    extensionWorker,
  }) => {
    const commands = await extensionWorker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(
      expect.objectContaining({
        name: 'open-panel',
        description: 'Open Ownership Lens and score the selected text',
        shortcut: 'Alt+Shift+O',
      }),
    );
    // contextMenus has no getter: updating an item succeeds only if it exists (created on install).
    const update = (id: string) =>
      extensionWorker.evaluate(
        (id) =>
          chrome.contextMenus.update(id, {}).then(
            () => 'exists',
            (error: unknown) => String(error),
          ),
        id,
      );
    await expect.poll(() => update('ownership-lens-score-selection')).toBe('exists');
    expect(await update('no-such-item')).toMatch(/Cannot find menu item/);
  });
});

test.describe('other pages are reached only after the user asks', () => {
  // chrome://version loads chrome:// resources, browser-internal and never on the network; their origin is opaque ("null").
  test.use({ allowedOrigins: ['null'] });
  const prepare = async (page: import('@playwright/test').Page, tabId: number) =>
    page.evaluate(
      async (tabId) =>
        (await chrome.runtime.sendMessage({ protocol: 'ownership-lens', name: 'tab:prepare', data: { tabId } })) as {
          ok: boolean;
          value: ResponseOf<'tab:prepare'>;
        },
      tabId,
    );

  test('tab:prepare: ready where the script is declared; refused, with what to do, where the user has not invoked the extension', async ({
    context,
    extensionWorker,
    fixtureServer,
    openExtensionPage,
  }) => {
    const page = await context.newPage();
    await page.goto(fixtureServer.url('article.html'));
    const declared = await tabIdOf(extensionWorker, page);
    const blank = await context.newPage();
    const blankTab = await tabIdOf(extensionWorker, blank);
    const browserPage = await context.newPage();
    await browserPage.goto('chrome://version');
    const browserTab = await tabIdOf(extensionWorker, browserPage);

    // The panel's own page asks, as the panel does (an extension page in a tab, not a content script).
    const panel = await openExtensionPage('sidepanel.html');
    expect(await prepare(panel, declared)).toEqual({ protocol: 'ownership-lens', ok: true, value: { ready: true } });
    const refused = await prepare(panel, blankTab);
    expect(refused.value.ready).toBe(false);
    expect(refused.value.reason).toMatch(/toolbar button.*right-click menu.*Alt\+Shift\+O/);
    const restricted = await prepare(panel, browserTab);
    expect(restricted.value).toEqual({
      ready: false,
      reason: expect.stringMatching(/Browsers do not let extensions read this page/),
    });
  });
});

test.describe('nothing leaves the device', () => {
  test('the service worker makes no network request at all through capture, highlights, Apply and the Docs export', async ({
    context,
    extensionId,
    extensionWorker,
    fixtureServer,
  }) => {
    const fromWorker: string[] = [];
    context.on('request', (request) => {
      if (request.serviceWorker()) fromWorker.push(request.url());
    });
    // The watch works: a request the worker does make (to its own package) is seen.
    await extensionWorker.evaluate(() =>
      fetch(chrome.runtime.getURL('manifest.json')).then((response) => response.text()),
    );
    await expect.poll(() => fromWorker).toEqual([`chrome-extension://${extensionId}/manifest.json`]);
    fromWorker.length = 0;

    const page = await context.newPage();
    await page.goto(fixtureServer.url('prosemirror.html'));
    let tabId = await tabIdOf(extensionWorker, page);
    await page.locator('.ProseMirror p').first().click({ clickCount: 3 });
    const passage = await send(extensionWorker, tabId, 'selection:get', { tabId });
    if (!passage || 'error' in passage) throw new Error('no passage');
    await send(extensionWorker, tabId, 'highlights:set', {
      tabId,
      selectionId: passage.selectionId,
      ranges: [{ start: 0, end: 5, category: 'role-title' }],
    });
    await send(extensionWorker, tabId, 'rewrite:apply', {
      tabId,
      selectionId: passage.selectionId,
      original: passage.text,
      replacement: (await notesOf(page))[1]!,
    });
    await page.goto(fixtureServer.url('docs/document/d/lookalike-plain/edit.html'));
    tabId = await tabIdOf(extensionWorker, page);
    await send(extensionWorker, tabId, 'docs:export', { tabId });
    await page.waitForTimeout(300);
    expect(fromWorker).toEqual([]);
  });
});
