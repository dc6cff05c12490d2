import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.data/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'db/migrations/**']),
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // lib/env.ts is the one place that reads the environment (STYLE.md, principle 9).
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Lisez la configuration via lib/env.ts.' },
      ],
    },
  },
  {
    files: ['lib/env.ts', 'instrumentation.ts', 'scripts/**', 'e2e/**', 'playwright.config.ts', 'test/**', 'vitest.config.ts', 'bench/**', 'drizzle.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
]);
