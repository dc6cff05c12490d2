import { DateTime } from 'luxon';
import type { Executor } from './client';
import { announcements } from './schema';

const PARIS = 'Europe/Paris';
const TUESDAY = 2;
const WEDNESDAY = 3;
const THURSDAY = 4;

/**
 * Announcements of every kind (§5, §10.2, §12), dated around `now` so the demo always has
 * something ahead and something behind: a version dated in advance, a patch, a planned
 * maintenance next month, a past emergency maintenance, and a technical document.
 */
export async function seedDemoAnnouncements(tx: Executor, authorId: string, now: Date): Promise<void> {
  const today = DateTime.fromJSDate(now, { zone: PARIS }).startOf('day');
  const at = (days: number, time: string, weekday?: number) => {
    const [hour, minute] = time.split(':').map(Number);
    const day = today.plus({ days });
    // On a working day, the first `weekday` (1 Monday … 7 Sunday) from `days` on, when asked.
    const shifted = weekday === undefined ? day : day.plus({ days: (weekday - day.weekday + 7) % 7 });
    return shifted.set({ hour, minute }).toJSDate();
  };
  await tx.insert(announcements).values([
    {
      kind: 'release',
      title: 'Version 5.2 : nouvelle édition des actes et synchronisation REU',
      version: '5.2',
      startsAt: at(21, '07:00', TUESDAY),
      module: null,
      body: [
        'La version 5.2 sera installée pendant la fenêtre de maintenance de nuit ; le service sera disponible dès 7 h.',
        '',
        '## Nouveautés',
        '',
        '- **État civil** : aperçu de l’acte avant édition, mentions marginales saisies depuis la fiche de l’acte.',
        '- **Élections** : synchronisation avec le REU toutes les heures au lieu d’une fois par nuit.',
        '- **Cimetières** : plan des concessions consultable par allée.',
        '',
        '## À savoir',
        '',
        'Les modèles d’édition personnalisés (états spécifiques) devront être vérifiés après la mise à jour (§10.2 du livret de service).',
        'Une session de présentation en visioconférence est proposée aux référents ; inscrivez-vous par une Demande.',
      ].join('\n'),
      authorId,
      publishedAt: at(-2, '10:00'),
    },
    {
      kind: 'patch',
      title: 'Correctif 5.1.4 : édition des actes de décès',
      version: '5.1.4',
      startsAt: at(-9, '06:30', TUESDAY),
      module: 'État civil',
      body: [
        'Ce correctif a été installé sans interruption de service.',
        '',
        '- L’édition d’un acte de décès avec une mention de mort pour la France ne produit plus de page blanche.',
        '- Les caractères accentués des noms d’usage s’impriment correctement sur les extraits.',
      ].join('\n'),
      authorId,
      publishedAt: at(-9, '09:00', TUESDAY),
    },
    {
      kind: 'planned_maintenance',
      title: 'Maintenance de l’infrastructure d’hébergement',
      startsAt: at(28, '12:30', WEDNESDAY),
      endsAt: at(28, '14:00', WEDNESDAY),
      module: null,
      body: [
        'Nous remplaçons des équipements de stockage de l’environnement de production (hébergement qualifié SecNumCloud).',
        '',
        'Le service sera **interrompu** pendant cette fenêtre pour tous les modules. Enregistrez vos travaux en cours avant son début.',
      ].join('\n'),
      authorId,
      publishedAt: at(-1, '16:00'),
    },
    {
      kind: 'emergency_maintenance',
      title: 'Correctif de sécurité du connecteur COMEDEC',
      startsAt: at(-14, '10:15', THURSDAY),
      endsAt: at(-14, '11:05', THURSDAY),
      module: 'COMEDEC',
      body: [
        'Un correctif de sécurité a dû être appliqué sans délai au connecteur COMEDEC.',
        '',
        'Les demandes de vérification d’état civil envoyées pendant l’interruption ont été transmises automatiquement à sa fin ; aucune action n’est nécessaire de votre part.',
      ].join('\n'),
      authorId,
      publishedAt: at(-14, '09:50', THURSDAY),
    },
    {
      kind: 'document',
      title: 'Prérequis techniques du poste de travail',
      version: '5.2',
      module: null,
      body: [
        'Pour utiliser le service et permettre la téléassistance du support (§13 du livret de service) :',
        '',
        '- **Navigateur** : Firefox, Chrome ou Edge, dans une version maintenue par leur éditeur.',
        '- **Réseau** : accès HTTPS sortant vers le service ; aucune ouverture de port entrant n’est nécessaire.',
        '- **COMEDEC** : carte agent et lecteur fournis par l’ANTS, pilotes à jour.',
        '- **Téléassistance** : l’outil de prise en main à distance indiqué par le support au moment de l’appel.',
      ].join('\n'),
      authorId,
      publishedAt: at(-20, '11:00'),
    },
  ]);
}
