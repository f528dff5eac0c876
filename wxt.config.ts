import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Ownership Lens',
    description: 'Scores how strongly an interview story signals ownership. Everything stays on your device.',
    // Chrome needs sidePanel for its panel; Firefox's sidebar_action needs no permission.
    permissions: browser === 'firefox' ? ['storage'] : ['sidePanel', 'storage'],
    // An action with no popup, so the toolbar button opens the panel (see entrypoints/background).
    action: { default_title: 'Open Ownership Lens' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'ownership-lens@example.org',
          // Nothing is collected or sent: all analysis runs on the device.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
