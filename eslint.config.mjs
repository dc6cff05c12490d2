import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { boundaries } from './eslint/boundaries.mjs';

// The house's arrows (STYLE.md "The house"): app → components → pure lib; app → lib/server → db.
// Each rule's message says where the thing belongs, so the tree keeps them without anyone remembering.
const PURE_LIB = ['lib/**/*.{ts,tsx}'];
const NOT_PURE_LIB = ['lib/server/**', 'lib/auth/**', 'lib/env.ts'];

const PARENT_RELATIVE = {
  group: ['../*', '../**'],
  message: 'Importez par le chemin du projet (« @/… ») : un chemin relatif qui remonte contourne les frontières entre dossiers.',
};
const APP = {
  group: ['@/app', '@/app/**'],
  message: 'Un composant n’importe jamais app/ : la page lui passe ce dont il a besoin (les données, ou l’action en prop de type FormAction).',
};
const SERVER_CALLS = {
  group: ['@/lib/server/**', '@/db', '@/db/**', '@/lib/auth/session', '@/lib/auth/options', 'server-only'],
  allowTypeImports: true,
  message: 'Un composant n’appelle ni lib/server ni db : la page appelle la requête et lui passe le résultat (seuls les types sont permis).',
};
const IMPURE = {
  group: ['@/db', '@/db/**', '@/lib/server', '@/lib/server/**', '@/lib/auth/**', '@/lib/env', '@/app/**', '@/components/**'],
  message:
    'Le domaine pur (lib/ hors lib/server et lib/auth) n’importe ni db, ni lib/server, ni lib/auth, ni app, ni components : passez-lui les valeurs en arguments.',
};
const IMPURE_PACKAGES = {
  group: [
    'next',
    'next/**',
    'next-auth',
    'next-auth/**',
    'react',
    'react-dom',
    'react/**',
    'server-only',
    'postgres',
    '@electric-sql/**',
    'drizzle-orm',
    'drizzle-orm/**',
    'nodemailer',
    'node:fs',
    'node:fs/**',
    'node:net',
    'node:http',
    'node:child_process',
  ],
  message: 'Le domaine pur n’a ni entrée-sortie ni framework : il prend « maintenant » et les données en arguments, et renvoie des valeurs.',
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    '.data/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    'db/migrations/**',
    'eslint/fixtures/**',
  ]),
  {
    plugins: { guichet: boundaries },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // lib/env.ts is the one place that reads the environment (STYLE.md, principle 9).
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='process'][property.name='env']", message: 'Lisez la configuration via lib/env.ts.' },
      ],
      'guichet/client-boundary': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [PARENT_RELATIVE, APP, SERVER_CALLS] }] },
  },
  {
    files: PURE_LIB,
    ignores: NOT_PURE_LIB,
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [PARENT_RELATIVE, IMPURE, IMPURE_PACKAGES] }] },
  },
  {
    files: ['lib/server/**/*.ts', 'lib/auth/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [PARENT_RELATIVE, { ...APP, message: 'Le serveur n’importe pas app/ : les pages appellent lib/server, pas l’inverse.' }] },
      ],
    },
  },
  {
    files: [
      'lib/env.ts',
      'instrumentation.ts',
      'scripts/**',
      'e2e/**',
      'playwright.config.ts',
      'test/**',
      'vitest.config.mts',
      'bench/**',
      'drizzle.config.ts',
      'eslint/**',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
]);
