import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Ownership Lens',
    description: 'Scores how strongly an interview story signals ownership. Everything stays on your device.',
    permissions: ['sidePanel', 'storage'],
  },
});
