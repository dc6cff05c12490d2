import { screenshotPng } from '../fixtures/files';
import { buildActions, callAction, contextFor, pageHtml, type ActionField } from './http';

/** Objects of the Mairie de Saint-Exemple (and the support's), made once for a spec over HTTP. */
export interface SecurityObjects {
  ticket: { id: string; reference: string };
  attachmentId: string;
  faq: { id: string; slug: string };
  announcement: { id: string; fileId: string };
  organizationId: string;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

function first(html: string, pattern: RegExp, what: string): string {
  const found = pattern.exec(html)?.[1];
  if (!found) throw new Error(`Introuvable dans la page : ${what}`);
  return found;
}

/** An action's id in the build, or a clear failure. */
export function actionId(key: string): string {
  const found = buildActions().get(key);
  if (!found) throw new Error(`Action absente de la construction : ${key}`);
  return found.id;
}

export function ticketFields(text: Partial<Record<'subject' | 'context' | 'errorMessage' | 'menuPath', string>> = {}): Array<[string, ActionField]> {
  const png = screenshotPng('preuve.png');
  return [
    ['subject', text.subject ?? 'Matrice des accès'],
    ['module', 'État civil'],
    ['context', text.context ?? 'Une demande créée pour vérifier qui peut la voir.'],
    ['errorMessage', text.errorMessage ?? ''],
    ['menuPath', text.menuPath ?? ''],
    ['replyPreference', 'electronic'],
    ['attachments', { name: png.name, mimeType: png.mimeType, buffer: png.buffer }],
  ];
}

export async function fileTicket(text: Parameters<typeof ticketFields>[0] = {}): Promise<{ id: string; reference: string; attachmentId: string }> {
  const agent = await contextFor('agent');
  const created = await callAction(agent, '/demandes/nouvelle', actionId('app/(portal)/demandes/actions.ts#createTicketAction'), ticketFields(text));
  if (created.answer.kind !== 'redirect') throw new Error(`La demande n’a pas été créée : ${JSON.stringify(created.answer)} ${created.message ?? ''}`);
  const reference = first(created.answer.location, /(DEM-\d{4}-\d{6})/, 'référence');
  const html = await pageHtml(agent, `/demandes/${reference}`);
  await agent.dispose();
  return {
    reference,
    id: first(first(html, /(<input[^>]*name="ticketId"[^>]*>)/, 'champ ticketId'), new RegExp(`value="(${UUID})"`), 'ticketId'),
    attachmentId: first(html, new RegExp(`/api/pieces-jointes/(${UUID})`), 'pièce jointe'),
  };
}

export async function makeObjects(): Promise<SecurityObjects> {
  const ticket = await fileTicket();
  const manager = await contextFor('manager');
  const document = Buffer.from('Procédure de reprise des actes, version imprimable.\n');
  const published = await callAction(manager, '/console/annonces/nouvelle', actionId('app/console/annonces/actions.ts#createAnnouncementAction'), [
    ['kind', 'document'],
    ['title', 'Guide de reprise (matrice des accès)'],
    ['startsAt', '2026-03-02T10:00'],
    ['body', 'Le guide est joint.'],
    ['attachments', { name: 'guide.txt', mimeType: 'text/plain', buffer: document }],
  ]);
  if (published.answer.kind !== 'redirect') throw new Error(`L’annonce n’a pas été publiée : ${JSON.stringify(published.answer)} ${published.message ?? ''}`);
  const announcementId = first(published.answer.location, new RegExp(`(${UUID})`), 'annonce');
  const announcementHtml = await pageHtml(manager, `/console/annonces/${announcementId}`);
  const faqHtml = await pageHtml(manager, '/console/faq');
  const organizationsHtml = await pageHtml(manager, '/console/organisations');
  await manager.dispose();
  const agent = await contextFor('agent');
  const portalFaq = await pageHtml(agent, '/faq');
  await agent.dispose();
  return {
    ticket: { id: ticket.id, reference: ticket.reference },
    attachmentId: ticket.attachmentId,
    faq: {
      id: first(faqHtml, new RegExp(`/console/faq/(${UUID})`), 'article de la FAQ'),
      slug: first(portalFaq, /href="\/faq\/([a-z0-9-]+)"/, 'article publié'),
    },
    announcement: { id: announcementId, fileId: first(announcementHtml, new RegExp(`/api/annonces/fichiers/(${UUID})`), 'fichier d’annonce') },
    organizationId: first(
      organizationsHtml,
      new RegExp(`/console/organisations/(${UUID})"[^>]*>\\s*(?:<[^>]+>\\s*)*Mairie de Saint-Exemple`),
      'Mairie de Saint-Exemple',
    ),
  };
}
