import { slugify } from '@/lib/faq/slugify';
import type { FaqModule } from '@/lib/faq/modules';
import type { Executor } from './client';
import { faqArticles } from './schema';

interface DemoArticle {
  title: string;
  module: FaqModule;
  views: number;
  body: string;
}

const ARTICLES: DemoArticle[] = [
  {
    title: 'Renforcer la sécurité de votre mot de passe',
    module: 'Général',
    views: 184,
    body: `Votre compte donne accès à des données d’état civil : son mot de passe mérite le plus grand soin.

## Les bons réflexes

- Choisissez une **phrase de passe** d’au moins 12 caractères, par exemple quatre mots sans rapport entre eux.
- N’utilisez ce mot de passe pour aucun autre service.
- Ne le communiquez jamais, pas même au support : nous ne vous le demanderons **jamais**, ni par téléphone ni par courriel.
- Verrouillez votre poste (touches Windows + L) dès que vous vous absentez.

## En cas de doute

Si vous pensez que votre mot de passe a été vu ou deviné, demandez à l’administrateur de votre collectivité de désactiver puis réactiver votre compte, et déposez une demande pour nous le signaler.

Pour aller plus loin, consultez les recommandations de l’ANSSI : [bonnes pratiques](https://cyber.gouv.fr/bonnes-pratiques-protegez-vous).`,
  },
  {
    title: 'Sécurité des échanges COMEDEC : certificats et habilitations',
    module: 'COMEDEC',
    views: 97,
    body: `Les échanges avec la plateforme COMEDEC de l’ANTS passent par une connexion chiffrée et un **certificat serveur** propre à votre commune.

## Avant la première demande de vérification

1. Vérifiez que l’officier d’état civil est bien habilité dans le module COMEDEC (menu *Paramètres > Habilitations*).
2. Contrôlez la date d’expiration du certificat dans *Paramètres > COMEDEC > Certificat*.

## Le certificat arrive à expiration

Le portail vous prévient 30 jours avant l’échéance. Déposez une demande dans le module COMEDEC : nous installons le nouveau certificat avec vous, sans interruption des échanges.

> Les incidents de la plateforme COMEDEC elle-même relèvent de l’ANTS et ne sont pas décomptés de la disponibilité du service (livret de service, §6).`,
  },
  {
    title: 'Éditer une copie intégrale d’acte de naissance',
    module: 'État civil',
    views: 153,
    body: `## Marche à suivre

1. Ouvrez *Actes > Naissance > Rechercher* et retrouvez l’acte par le nom, la date ou le numéro.
2. Cliquez sur **Délivrer**, puis choisissez *Copie intégrale*.
3. Vérifiez les mentions marginales affichées, puis cliquez sur **Générer le PDF**.

La copie porte automatiquement la date de délivrance et la signature de l’officier connecté.

## Le bouton « Générer le PDF » reste grisé

L’acte n’est pas encore signé. Faites-le signer par un officier d’état civil habilité, puis recommencez.`,
  },
  {
    title: 'Apposer une mention marginale sur un acte',
    module: 'État civil',
    views: 61,
    body: `Une mention (mariage, divorce, décès, reconnaissance…) se porte depuis l’acte concerné.

1. Ouvrez l’acte, puis **Mentions > Ajouter**.
2. Choisissez le type de mention : le texte réglementaire est prérempli.
3. Complétez les champs signalés en orange et validez.

Si l’acte a été dressé dans une autre commune, la mention lui est transmise par avis de mention, à imprimer ou à envoyer par COMEDEC lorsque la commune y est raccordée.`,
  },
  {
    title: 'Préparer la commission de contrôle avant un scrutin',
    module: 'Élections',
    views: 122,
    body: `La commission de contrôle examine les inscriptions et radiations du répertoire électoral unique (REU) entre le 24e et le 21e jour avant le scrutin.

## Dans Guichet Élections

1. Ouvrez *Élections > Commission de contrôle*.
2. Choisissez le scrutin : la période des mouvements est calculée automatiquement.
3. Cliquez sur **Éditer le tableau des mouvements** pour obtenir le document à présenter à la commission.

Les mouvements proviennent de l’INSEE : s’ils n’apparaissent pas, vérifiez d’abord l’état de la synchronisation REU dans *Élections > Synchronisation*.`,
  },
  {
    title: 'Imprimer les listes d’émargement',
    module: 'Élections',
    views: 88,
    body: `Les listes d’émargement s’impriment par bureau de vote, à partir de la liste électorale arrêtée.

1. Ouvrez *Élections > Scrutins* et sélectionnez le scrutin.
2. Cliquez sur **Listes d’émargement**, choisissez les bureaux puis le format (A3 conseillé).
3. Lancez l’impression ; le fichier PDF reste disponible dans l’historique des éditions.

**Astuce :** éditez d’abord un seul bureau pour contrôler la mise en page de votre imprimante.`,
  },
  {
    title: 'Gérer le renouvellement d’une concession funéraire',
    module: 'Cimetières',
    views: 45,
    body: `Le module Cimetières signale les concessions arrivant à échéance dans l’année.

## Renouveler

1. Ouvrez *Cimetières > Concessions > Échéances*.
2. Sélectionnez la concession, puis **Renouveler** : la durée et le tarif en vigueur sont proposés.
3. Éditez le titre de renouvellement et l’avis de paiement.

## Concession non renouvelée

Après le délai légal de deux ans suivant l’échéance, la concession peut faire l’objet d’une reprise : le module prépare l’arrêté de reprise à partir du modèle de votre commune.`,
  },
];

/**
 * The demo FAQ (§15): published answers across the modules, written by the support manager,
 * some more read than others so "Les plus consultées" has an order.
 */
export async function seedDemoFaq(tx: Executor, authorId: string): Promise<void> {
  const at = new Date('2026-01-12T09:00:00Z');
  await tx.insert(faqArticles).values(
    ARTICLES.map((article) => ({
      ...article,
      slug: slugify(article.title),
      published: true,
      authorId,
      createdAt: at,
      updatedAt: at,
      publishedAt: at,
    })),
  );
}
