import type { Ticket } from '@/db/schema';

/** What the client described (§13): context, error message, menus, and how to answer. */
export function TicketDescription({ ticket }: { ticket: Ticket }) {
  const rows: Array<[string, string | null]> = [
    ['Contexte', ticket.context],
    ['Message d’erreur', ticket.errorMessage],
    ['Enchaînement des menus', ticket.menuPath],
    [
      'Mode de réponse souhaité',
      ticket.replyPreference === 'callback' ? `Rappel téléphonique (${ticket.callbackPhone ?? 'numéro non précisé'})` : 'Électronique',
    ],
  ];
  return (
    <dl className="flex flex-col gap-3">
      {rows
        .filter((row): row is [string, string] => !!row[1])
        .map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-semibold text-slate-700">{label}</dt>
            <dd className="whitespace-pre-wrap break-words">{value}</dd>
          </div>
        ))}
    </dl>
  );
}
