import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { stripRuleExamplesPlugin } from './lib/build/strip-rule-examples';
import { fileURLToPath } from 'node:url';

/** The test look-alike of a Google Doc, served by the e2e fixture server; only the e2e build knows it. */
const LOOKALIKE_DOCS = 'http://127.0.0.1/docs/document/*';

/** The only sites with standing access: where interview notes live and content scripts are declared. */
const HOSTS = ['https://docs.google.com/*', 'https://www.notion.so/*', 'https://*.notion.site/*'];

/**
 * The oldest Firefox with everything the extension uses: MV3 `world: "MAIN"` content scripts (128),
 * the CSS Custom Highlight API (140) and `data_collection_permissions` (140). The README states it.
 */
export const FIREFOX_MIN_VERSION = '140.0';

/** Every size the stores and toolbars ask for, made from public/icon.svg at build time (@wxt-dev/auto-icons). */
const ICON_SIZES = [128, 96, 48, 32, 16];
const toolbarIcons = { 16: 'icons/16.png', 32: 'icons/32.png' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'public/icon.svg', sizes: ICON_SIZES, developmentIndicator: 'overlay' },
  // Firefox too: MV3 is where `world: "MAIN"` content scripts (the Docs bridge) exist.
  manifestVersion: 3,
  // Rule examples are test data: the build leaves them out of the panel (lib/build/strip-rule-examples.ts).
  vite: () => ({ plugins: [preact(), stripRuleExamplesPlugin()] }),
  zip: {
    // The sources addons.mozilla.org reviews: what builds the extension (README "Publishing"), no tests or fixtures.
    excludeSources: ['**'],
    includeSources: [
      'entrypoints/**',
      'components/**',
      'lib/**',
      'public/**',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'CHANGELOG.md',
    ],
  },
  manifest: ({ browser }) => ({
    name: 'Ownership Lens',
    description: 'Scores how strongly an interview story signals ownership. Everything stays on your device.',
    // Every other page is read only after the user's gesture (activeTab + scripting). Firefox's
    // sidebar_action needs no permission, and Firefox has no sidePanel API.
    permissions: [...(browser === 'firefox' ? [] : ['sidePanel']), 'activeTab', 'scripting', 'contextMenus', 'storage'],
    host_permissions: HOSTS,
    // An action with no popup, so the toolbar button opens the panel (see entrypoints/background).
    action: { default_title: 'Open Ownership Lens', default_icon: toolbarIcons },
    commands: {
      // Not Ctrl+Shift+O: Chrome keeps that for its bookmark manager and silently leaves the command
      // without a key (tests/e2e/permissions.spec.ts checks the key Chrome actually assigns).
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+O', mac: 'Alt+Shift+O' },
        description: 'Open Ownership Lens and score the selected text',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'ownership-lens@example.org',
          strict_min_version: FIREFOX_MIN_VERSION,
          // Nothing is collected or sent: all analysis runs on the device.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    /**
     * Content scripts get the browser's native API instead of webextension-polyfill: they are
     * budgeted at 10 KB gzipped and use only natively promise-based calls (lib/messaging/native-browser.ts).
     */
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const native = {
        find: /^wxt\/browser$/,
        replacement: fileURLToPath(new URL('./lib/messaging/native-browser.ts', import.meta.url)),
      };
      config.resolve ??= {};
      const alias = config.resolve.alias ?? [];
      config.resolve.alias = Array.isArray(alias)
        ? [native, ...alias]
        : [native, ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement }))];
    },
    /**
     * Test builds only (`wxt build --mode e2e`, used by the Playwright global setup and the demo,
     * never shipped): the browser tests serve fixture pages on http://127.0.0.1 and cannot click
     * the toolbar to grant activeTab, so this build also declares the content scripts there, and
     * the Docs scripts on the Docs look-alike under /docs/document/. The production manifest stays
     * minimal, and tests/e2e/permissions.spec.ts asserts it.
     */
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      manifest.name = `${manifest.name} (test build)`;
      for (const script of manifest.content_scripts ?? []) {
        const docs = (script.matches ?? []).every((match) => match.startsWith('https://docs.google.com/'));
        script.matches = [...(script.matches ?? []), docs ? LOOKALIKE_DOCS : 'http://127.0.0.1/*'];
        if (!docs) script.exclude_matches = [...(script.exclude_matches ?? []), LOOKALIKE_DOCS];
      }
    },
  },
});
