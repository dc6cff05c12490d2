import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The house's arrows are lint rules (eslint.config.mjs, eslint/boundaries.mjs): each misplaced
// import below must be refused, with the message that says where the thing belongs.
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: process.cwd(),
    // These snippets are not files of the TypeScript project: lint them without type information.
    overrideConfig: {
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off', '@typescript-eslint/await-thenable': 'off' },
    },
  });
});

async function problems(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId !== 'import/no-anonymous-default-export')
    .map((message) => `${message.ruleId}: ${message.message}`);
}

describe('import boundaries', () => {
  it('refuses a component importing a server action from app/', async () => {
    const found = await problems(
      'components/console/misplaced.tsx',
      "import { saveAtRiskAction } from '@/app/console/parametres/actions';\nexport const x = saveAtRiskAction;\n",
    );
    expect(found).toEqual([expect.stringContaining('Un composant n’importe jamais app/')]);
  });

  it('refuses a component calling the server layer, but lets it name a server type', async () => {
    const call = await problems('components/tickets/misplaced.tsx', "import { getDb } from '@/lib/server/db';\nexport const x = getDb;\n");
    expect(call).toEqual([expect.stringContaining('Un composant n’appelle ni lib/server ni db')]);
    const type = await problems(
      'components/tickets/fine.tsx',
      "import type { TicketView } from '@/lib/server/tickets/get-ticket-view';\nexport type X = TicketView;\n",
    );
    expect(type).toEqual([]);
  });

  it("refuses a 'use client' module importing lib/server, db or the server-side auth", async () => {
    for (const source of ['@/lib/server/db', '@/db/schema', '@/lib/auth/session']) {
      const found = await problems('app/console/misplaced-form.tsx', `'use client';\nimport { x } from '${source}';\nexport const y = x;\n`);
      expect(found, source).toEqual([expect.stringContaining("un module 'use client' ne l’importe pas")]);
    }
  });

  it('lets a server module import them', async () => {
    expect(await problems('app/console/fine-page.tsx', "import { getDb } from '@/lib/server/db';\nexport const y = getDb;\n")).toEqual([]);
  });

  it('refuses the pure domain importing db, next, react or lib/server', async () => {
    for (const source of ['@/db/schema', 'next/navigation', 'react', '@/lib/server/db', 'drizzle-orm']) {
      const found = await problems('lib/sla/misplaced.ts', `import { x } from '${source}';\nexport const y = x;\n`);
      expect(found, source).toHaveLength(1);
      expect(found[0], source).toMatch(/Le domaine pur/);
    }
  });

  it('refuses a relative import that climbs out of its folder', async () => {
    const found = await problems('lib/calendar/misplaced.ts', "import { x } from '../server/db';\nexport const y = x;\n");
    expect(found).toEqual([expect.stringContaining('Importez par le chemin du projet')]);
  });

  it('lets the pure domain import its own kind', async () => {
    expect(
      await problems(
        'lib/sla/fine.ts',
        "import { addBusinessTime } from '@/lib/calendar';\nimport { DateTime } from 'luxon';\nexport const y = [addBusinessTime, DateTime];\n",
      ),
    ).toEqual([]);
  });
});
