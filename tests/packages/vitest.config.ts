import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The store packages' checks, run by `npm run test:packages` after `npm run zip` made them.
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: { include: ['tests/packages/**/*.test.ts'], testTimeout: 30_000 },
});
