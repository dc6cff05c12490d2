/** Where an email of the outbox stands: waiting (or retrying), sent, or given up after its last attempt. */
export const EMAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export const EMAIL_STATUS_LABELS: Readonly<Record<EmailStatus, string>> = { sent: 'Envoyé', pending: 'En attente', failed: 'En échec' };
