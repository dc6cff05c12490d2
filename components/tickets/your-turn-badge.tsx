/** The Demande waits for the client's answer: said in words, on the home, the list and the Demande. */
export function YourTurnBadge() {
  return (
    <span className="inline-block rounded-full border border-amber-700 bg-amber-50 px-2.5 py-0.5 text-xs font-semibold text-amber-900">À vous de répondre</span>
  );
}
