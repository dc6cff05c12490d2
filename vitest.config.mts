import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const sources = ['lib', 'db', 'test', 'scripts', 'components', 'eslint'];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; tests call server code directly.
      { find: /^server-only$/, replacement: `${root}/test/server-only-stub.ts` },
    ],
  },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: sources.map((dir) => `${dir}/**/*.test.ts`),
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: sources.map((dir) => `${dir}/**/*.int.test.ts`),
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
