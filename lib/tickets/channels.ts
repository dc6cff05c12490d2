/** How a Demande reached the support (§12, §16): written in the portal, or taken by phone. */
export const TICKET_CHANNELS = ['portal', 'phone'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export const CHANNEL_LABELS: Readonly<Record<TicketChannel, string>> = { portal: 'Portail', phone: 'Téléphone' };

/** §16: the client chooses how to be answered, electronically or by call-back. */
export const REPLY_PREFERENCES = ['electronic', 'callback'] as const;
export type ReplyPreference = (typeof REPLY_PREFERENCES)[number];

export const REPLY_PREFERENCE_LABELS: Readonly<Record<ReplyPreference, string>> = {
  electronic: 'Réponse électronique',
  callback: 'Rappel téléphonique',
};

/** A reply the client reads, or a staff note the client never sees (DOMAIN "Demande content"). */
export const MESSAGE_KINDS = ['public', 'internal'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
