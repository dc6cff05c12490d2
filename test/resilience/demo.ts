import { serverAction, Visitor, type Field } from './visitor';

// The demo accounts (db/seed.ts) the scenarios sign in with.
export const PASSWORD = 'Guichet-Demo-2026!';
export const CLIENTS = [
  'agent1@saint-exemple.demo',
  'agent2@saint-exemple.demo',
  'admin@saint-exemple.demo',
  'agent1@reunion-exemple.demo',
  'admin@reunion-exemple.demo',
];
export const TECHNICIANS = ['technicien1@guichet.demo', 'technicien2@guichet.demo'];

/** The actions a scenario calls, looked up once in the build. */
export function actions() {
  return {
    createTicket: serverAction('app/(portal)/demandes/actions.ts', 'createTicketAction'),
    reply: serverAction('app/(portal)/demandes/actions.ts', 'replyAction'),
    staffComment: serverAction('app/console/demandes/[reference]/actions.ts', 'commentAction'),
  };
}

/** The form of a new Demande, with a marker in its subject to find it again. */
export function ticketFields(marker: string, files: File[] = []): Array<[string, Field]> {
  return [
    ['subject', `Essai de résilience ${marker}`],
    ['module', 'État civil'],
    ['context', `La génération des actes échoue depuis ce matin (${marker}).`],
    ['errorMessage', 'Erreur 500'],
    ['menuPath', 'Actes > Naissance > Éditer'],
    ['replyPreference', 'electronic'],
    ...files.map((file): [string, Field] => ['attachments', file]),
  ];
}

/** The reference in a confirmation page's address, e.g. /demandes/DEM-2026-000042/confirmation. */
export function confirmedReference(location: string): string | undefined {
  return /^\/demandes\/(DEM-[0-9-]+)\/confirmation$/.exec(location)?.[1];
}

/** `count` signed-in browsers on `url`, taking the accounts in turn, a few sign-ins at a time. */
export async function signInMany(url: string, accounts: readonly string[], count: number): Promise<Visitor[]> {
  const visitors: Visitor[] = [];
  for (let start = 0; start < count; start += 5) {
    const batch = Array.from({ length: Math.min(5, count - start) }, (_, i) => accounts[(start + i) % accounts.length]!);
    visitors.push(
      ...(await Promise.all(
        batch.map(async (email) => {
          const visitor = new Visitor(url);
          const outcome = await visitor.signIn(email, PASSWORD);
          if (outcome !== 'signed-in') throw new Error(`Connexion de ${email} : ${outcome}`);
          return visitor;
        }),
      )),
    );
  }
  return visitors;
}
