import type { Random } from './random';

/**
 * What town-hall agents write and what the support answers, in French: the raw material of the
 * demo history. A topic is one kind of problem of one module; the generic lines fit any topic.
 */
export interface Topic {
  module: string;
  subject: string;
  context: string;
  errorMessage: string | null;
  menuPath: string | null;
  /** The support's question when it needs more (request for information). */
  question: string;
  /** The client's answer to it. */
  answer: string;
  /** How the support explains it when it is not an anomaly. */
  explanation: string;
  /** The fix or the workaround, as delivered. */
  fix: string;
  workaround: string;
}

export const TOPICS: readonly Topic[] = [
  {
    module: 'État civil',
    subject: 'Impossible d’éditer une copie intégrale d’acte de naissance',
    context: 'Depuis ce matin, la génération du PDF échoue pour les actes de naissance ; les actes de mariage s’éditent normalement.',
    errorMessage: 'Erreur lors de la génération du document (code 500)',
    menuPath: 'Actes > Naissance > Délivrer',
    question: 'Pouvez-vous nous indiquer le numéro d’un acte concerné et le navigateur utilisé ?',
    answer: 'Acte n° 2026-0142, navigateur Firefox à jour. Le problème se produit aussi sur le poste de l’accueil.',
    explanation: 'Le modèle de copie intégrale avait été désactivé dans les paramètres de la commune ; nous l’avons réactivé avec vous.',
    fix: 'Le correctif du générateur de documents est installé : les copies intégrales s’éditent de nouveau.',
    workaround: 'En attendant la correction, passez par « Actes > Naissance > Imprimer » puis « Enregistrer en PDF » : le document est conforme.',
  },
  {
    module: 'État civil',
    subject: 'Mention marginale absente après validation',
    context: 'Une mention de divorce a été saisie et validée hier, mais elle n’apparaît pas sur l’acte de mariage.',
    errorMessage: null,
    menuPath: 'Actes > Mariage > Mentions',
    question: 'La mention a-t-elle été signée par l’officier d’état civil avant la validation ?',
    answer: 'Oui, signée par Mme le maire adjoint à 10 h 12, la validation a suivi.',
    explanation: 'Une mention validée n’apparaît qu’après la signature électronique du registre, faite chaque soir : elle est visible depuis ce matin.',
    fix: 'La correction de l’ordre d’application des mentions est livrée ; la mention apparaît sur l’acte.',
    workaround: 'Ajoutez la mention depuis la fiche de l’acte plutôt que depuis le registre : elle s’affiche immédiatement.',
  },
  {
    module: 'État civil',
    subject: 'Lenteur extrême à l’ouverture du registre des décès',
    context: 'L’ouverture du registre des décès de l’année prend plus de deux minutes depuis la mise à jour de mardi.',
    errorMessage: 'Délai d’attente dépassé',
    menuPath: 'Registres > Décès > Année en cours',
    question: 'Constatez-vous la même lenteur sur les autres registres et sur tous les postes ?',
    answer: 'Seulement le registre des décès, sur les trois postes du service.',
    explanation: 'L’index de recherche de votre commune était en cours de reconstruction après la mise à jour ; il est terminé.',
    fix: 'L’index manquant du registre des décès est créé : le registre s’ouvre en moins de deux secondes.',
    workaround: 'Filtrez le registre par mois dans l’écran de recherche : l’affichage reste rapide en attendant le correctif.',
  },
  {
    module: 'État civil',
    subject: 'Erreur d’accent dans le nom imprimé sur le livret de famille',
    context: 'Le nom « Hélène Dupré » s’imprime « H?l?ne Dupr? » sur le livret de famille, pas à l’écran.',
    errorMessage: null,
    menuPath: 'Livret de famille > Imprimer',
    question: 'Quel modèle d’imprimante utilisez-vous, et le problème se produit-il en enregistrant en PDF ?',
    answer: 'Imprimante Brother HL-L5100 ; en PDF les accents sont corrects.',
    explanation: 'Le pilote de l’imprimante n’embarque pas les polices : cochez « Imprimer le texte en graphique » dans ses préférences.',
    fix: 'Le livret est désormais envoyé à l’imprimante avec ses polices intégrées ; les accents sont corrects.',
    workaround: 'Imprimez le livret depuis le PDF en attendant la correction.',
  },
  {
    module: 'Élections',
    subject: 'Synchronisation avec le REU en échec',
    context: 'La synchronisation quotidienne avec le répertoire électoral unique échoue depuis deux jours.',
    errorMessage: 'REU : réponse invalide du service INSEE (HTTP 502)',
    menuPath: 'Élections > REU > Synchronisation',
    question: 'Pouvez-vous nous transmettre le journal de synchronisation du dernier essai ?',
    answer: 'Voici le journal exporté depuis l’écran de synchronisation.',
    explanation: 'Le service de l’INSEE était indisponible ; la synchronisation de cette nuit a réussi sans intervention.',
    fix: 'Le connecteur REU reprend désormais automatiquement les envois refusés ; la synchronisation est à jour.',
    workaround: 'Lancez la synchronisation à la main le matin avant 9 h, hors des heures d’affluence du service de l’INSEE.',
  },
  {
    module: 'Élections',
    subject: 'Listes d’émargement : bureau de vote manquant',
    context: 'Le bureau n° 4 (école Jules-Ferry) n’apparaît pas dans l’édition des listes d’émargement.',
    errorMessage: null,
    menuPath: 'Élections > Scrutins > Listes d’émargement',
    question: 'Le bureau n° 4 est-il bien rattaché au scrutin dans « Scrutins > Bureaux » ?',
    answer: 'Il y figure, avec 812 électeurs inscrits.',
    explanation: 'Le bureau était marqué « fermé » pour le scrutin partiel de mars ; le décocher suffit à l’éditer.',
    fix: 'La correction du filtre des bureaux est installée : le bureau n° 4 est édité avec les autres.',
    workaround: 'Éditez le bureau n° 4 seul depuis sa fiche, bouton « Liste d’émargement ».',
  },
  {
    module: 'Élections',
    subject: 'Radiation refusée pour un électeur décédé',
    context: 'La radiation d’un électeur décédé est refusée alors que l’acte de décès est enregistré dans la commune.',
    errorMessage: 'Radiation impossible : motif non reconnu par le REU',
    menuPath: 'Élections > Électeurs > Radier',
    question: 'Quel motif de radiation avez-vous choisi dans la liste ?',
    answer: 'Le motif « Décès », avec la date de l’acte.',
    explanation: 'Les radiations pour décès sont faites par l’INSEE : l’électeur disparaîtra à la prochaine synchronisation.',
    fix: 'Le motif « Décès » est de nouveau transmis au REU ; la radiation est acceptée.',
    workaround: 'Signalez la radiation depuis le portail ELIRE en attendant le correctif.',
  },
  {
    module: 'COMEDEC',
    subject: 'Demandes de vérification COMEDEC restées sans réponse',
    context: 'Les demandes de vérification d’état civil des notaires restent « en attente » depuis hier après-midi.',
    errorMessage: 'COMEDEC : certificat client refusé',
    menuPath: 'COMEDEC > Demandes reçues',
    question: 'Pouvez-vous nous indiquer la date d’expiration affichée dans « Paramètres > COMEDEC > Certificat » ?',
    answer: 'Le certificat expirait le 31 du mois dernier.',
    explanation: 'Le certificat serveur de la commune avait expiré : nous l’avons renouvelé ensemble, les demandes sont traitées.',
    fix: 'Le nouveau certificat est installé et les demandes en attente ont été rejouées.',
    workaround: 'Répondez aux demandes urgentes depuis le portail COMEDEC de l’ANTS le temps du renouvellement.',
  },
  {
    module: 'COMEDEC',
    subject: 'Réponse COMEDEC envoyée en double',
    context: 'Chaque réponse à une demande de vérification part deux fois vers le notaire.',
    errorMessage: null,
    menuPath: 'COMEDEC > Réponses',
    question: 'Le double envoi concerne-t-il toutes les réponses ou seulement celles signées en lot ?',
    answer: 'Seulement les réponses signées en lot.',
    explanation: 'Le second envoi est l’accusé de réception prévu par l’ANTS, il ne s’agit pas d’un doublon.',
    fix: 'La signature en lot n’envoie plus qu’une réponse par demande.',
    workaround: 'Signez les réponses une par une en attendant la correction.',
  },
  {
    module: 'Cimetières',
    subject: 'Plan du cimetière : concessions mal placées',
    context: 'Sur le plan du cimetière Saint-Roch, les concessions de l’allée C sont décalées d’une rangée.',
    errorMessage: null,
    menuPath: 'Cimetières > Plans > Saint-Roch',
    question: 'Les concessions ont-elles été déplacées récemment, ou le plan a-t-il été réimporté ?',
    answer: 'Le plan a été réimporté la semaine dernière par le géomètre.',
    explanation: 'Le fichier importé numérote les rangées à partir de zéro ; le réimporter avec l’option « rangée 1 » corrige le plan.',
    fix: 'L’import accepte les deux numérotations ; le plan de l’allée C est juste.',
    workaround: 'Corrigez la rangée des concessions de l’allée C depuis leur fiche, en attendant le correctif de l’import.',
  },
  {
    module: 'Cimetières',
    subject: 'Échéance de concession non signalée',
    context: 'Une concession arrivée à échéance en janvier n’apparaît pas dans la liste des renouvellements à prévoir.',
    errorMessage: null,
    menuPath: 'Cimetières > Concessions > Échéances',
    question: 'Pouvez-vous nous donner le numéro de la concession et sa durée ?',
    answer: 'Concession n° 1187, trentenaire, accordée en 1996.',
    explanation: 'La concession avait été saisie comme perpétuelle ; corrigez sa durée et elle apparaîtra dans la liste.',
    fix: 'Le calcul des échéances tient compte des renouvellements anticipés ; la concession apparaît dans la liste.',
    workaround: 'Filtrez les concessions par année d’attribution pour retrouver celles qui arrivent à échéance.',
  },
  {
    module: 'Cimetières',
    subject: 'Export des défunts en CSV incomplet',
    context: 'L’export CSV des défunts s’arrête à la lettre M.',
    errorMessage: 'Le fichier exporté est tronqué',
    menuPath: 'Cimetières > Défunts > Exporter',
    question: 'Combien de défunts compte la liste, et quel tableur utilisez-vous pour ouvrir le fichier ?',
    answer: 'Environ 4 200 défunts, ouverts avec LibreOffice.',
    explanation:
      'L’export est complet : LibreOffice s’arrêtait sur un retour à la ligne dans une observation ; ouvrez le fichier avec l’option « champs entre guillemets ».',
    fix: 'L’export échappe désormais les retours à la ligne des observations ; le fichier est complet.',
    workaround: 'Exportez la liste par lettre initiale en attendant la correction.',
  },
];

export function topicsOf(modules: readonly string[]): readonly Topic[] {
  const topics = TOPICS.filter((topic) => modules.includes(topic.module));
  return topics.length > 0 ? topics : TOPICS;
}

export const STAFF_REPLIES = [
  'Nous reproduisons le problème sur notre environnement de test et revenons vers vous dans la journée.',
  'Merci pour ces précisions : l’équipe de développement est informée.',
  'Nous avons pu reproduire l’anomalie. Nous vous tenons informés de l’avancement.',
  'Pouvez-vous confirmer que le problème persiste après avoir vidé le cache du navigateur ?',
  'La correction est en cours de recette ; nous vous proposerons une date d’installation.',
];

export const CLIENT_REPLIES = [
  'Merci pour votre retour rapide.',
  'Le problème se reproduit encore ce matin sur deux postes.',
  'Nous restons disponibles pour une prise en main à distance cet après-midi.',
  'C’est urgent pour nous : des administrés attendent leurs documents.',
  'Je vous joins une capture d’écran du message.',
];

export const INTERNAL_NOTES = [
  'Reproduit sur la recette avec les données anonymisées de la commune.',
  'Même cause que le ticket de la semaine dernière, correctif en recette.',
  'Appelé la mairie : l’agent confirme, prise en main à distance prévue demain.',
  'Vérifié les journaux du serveur : aucune erreur côté plateforme.',
  'À surveiller : troisième signalement ce mois-ci sur ce module.',
];

export const QUALIFICATION_NOTES = [
  'reproduit sur la recette avec la version en production.',
  'reproduit avec le compte de démonstration de la commune.',
  'non reproduit sur la recette, vérifié sur le poste du client.',
];

export const REOPEN_REASONS = [
  'Le problème est réapparu ce matin sur un autre poste.',
  'La correction ne couvre pas les actes antérieurs à 2020.',
  'Nous constatons de nouveau le même message d’erreur.',
];

export const ACTION_PLANS = [
  'Plan d’action : 1) analyse des journaux ce jour ; 2) correctif en recette sous 48 h ; 3) installation en production la nuit suivante, hors heures de service.',
  'Plan d’action : contournement communiqué ce jour, correctif développé dans la semaine, installation annoncée 48 h à l’avance.',
];

export const EXCLUSION_REASONS = [
  'La prise en main à distance demandée par le support a été refusée par la collectivité pendant deux jours (§13).',
  'L’agent à l’origine de la demande n’avait pas suivi la formation prévue au contrat (§13).',
  'La collectivité n’était pas joignable au numéro de rappel indiqué (§13).',
];

export const CANCEL_SUBJECTS = ['Demande envoyée par erreur', 'Question réglée en interne', 'Doublon d’une demande déjà déposée'];

export const PERSON_NAMES = [
  'Sophie Martin',
  'Luc Bernard',
  'Nadia Thomas',
  'Jean-Marc Petit',
  'Aurélie Robert',
  'Karim Richard',
  'Élodie Durand',
  'Yannick Dubois',
  'Chantal Moreau',
  'Mickaël Laurent',
  'Sandrine Simon',
  'Olivier Michel',
];

export const SOFTWARE_ROLES = ['Officier d’état civil', 'Agent d’accueil', 'Gestionnaire des élections', 'Agent du cimetière'];

export const RESTORE_REASONS = [
  'Une reprise de données a écrasé les mentions marginales de la semaine.',
  'Suppression accidentelle d’un lot de concessions.',
  'Import erroné de la liste électorale hier soir.',
];

export const REQUEST_REFUSALS = [
  'Le point choisi est antérieur à des actes signés depuis : la restauration ferait perdre des actes authentiques. Nous proposons une reprise ciblée.',
  'La personne n’apparaît pas parmi les agents de la collectivité : merci de confirmer par l’administrateur.',
];

export const REQUEST_RESULTS = [
  'Restauration effectuée, données vérifiées avec l’agent de la mairie.',
  'Compte créé ; identifiant envoyé à la personne, mot de passe à changer à la première connexion.',
  'Compte supprimé ; ses actes restent attribués à son nom dans l’historique.',
];

export function sentence(random: Random, lines: readonly string[]): string {
  return random.pick(lines);
}

/** French town names for generated organizations (large databases). */
export const TOWN_PREFIXES = ['Saint', 'Sainte', 'Le', 'La', 'Les', 'Mont', 'Val', 'Pont', 'Bourg', 'Villeneuve', 'Neuville', 'Champ'];
export const TOWN_ROOTS = [
  'Amand',
  'Bernard',
  'Chéron',
  'Denis',
  'Étienne',
  'Florent',
  'Germain',
  'Hilaire',
  'Jean',
  'Laurent',
  'Martin',
  'Nazaire',
  'Ouen',
  'Pierre',
  'Quentin',
  'Rémy',
  'Sauveur',
  'Thibault',
  'Urbain',
  'Vincent',
  'Aubin',
  'Brice',
  'Cyr',
  'Didier',
];
export const TOWN_SUFFIXES = ['sur-Loire', 'en-Bresse', 'les-Bains', 'de-Provence', 'sur-Mer', 'le-Vieux', 'du-Lac', 'en-Vexin', 'la-Forêt', 'des-Prés'];
export const FIRST_NAMES = [
  'Alice',
  'Bruno',
  'Céline',
  'David',
  'Émilie',
  'François',
  'Gaëlle',
  'Hugo',
  'Isabelle',
  'Julien',
  'Karine',
  'Laurent',
  'Manon',
  'Nicolas',
  'Océane',
  'Patrick',
  'Rachel',
  'Sébastien',
  'Thérèse',
  'Valérie',
];
export const LAST_NAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'David',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
];
