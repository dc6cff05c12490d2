/**
 * The zones of France's territories (DOMAIN "Time"; §5, §6: overseas clients have the same
 * windows in their own zone). One list for organizations, the support calendar and display.
 */
const ZONES = [
  { value: 'Europe/Paris', territory: 'Métropole et Corse', zoneName: 'heure de Paris' },
  { value: 'America/Guadeloupe', territory: 'Guadeloupe, Saint-Martin, Saint-Barthélemy', zoneName: 'heure de la Guadeloupe' },
  { value: 'America/Martinique', territory: 'Martinique', zoneName: 'heure de la Martinique' },
  { value: 'America/Cayenne', territory: 'Guyane', zoneName: 'heure de la Guyane' },
  { value: 'Indian/Reunion', territory: 'La Réunion', zoneName: 'heure de La Réunion' },
  { value: 'Indian/Mayotte', territory: 'Mayotte', zoneName: 'heure de Mayotte' },
  { value: 'America/Miquelon', territory: 'Saint-Pierre-et-Miquelon', zoneName: 'heure de Saint-Pierre-et-Miquelon' },
  { value: 'Pacific/Tahiti', territory: 'Polynésie française, Tahiti', zoneName: 'heure de Tahiti' },
  { value: 'Pacific/Noumea', territory: 'Nouvelle-Calédonie', zoneName: 'heure de Nouméa' },
  { value: 'Pacific/Wallis', territory: 'Wallis-et-Futuna', zoneName: 'heure de Wallis-et-Futuna' },
] as const;

/** Metropolitan France: the default zone of a new organization; other zones are named when shown. */
export const METROPOLITAN_TIME_ZONE = 'Europe/Paris';

/** Overseas zones are named next to the instants shown in them ("… (heure de La Réunion)"). */
export function isOverseas(timeZone: string): boolean {
  return timeZone !== METROPOLITAN_TIME_ZONE;
}

export type FrenchTimeZone = (typeof ZONES)[number]['value'];

/** For a select: "La Réunion (Indian/Reunion)". */
export const FRENCH_TIME_ZONES = ZONES.map((zone) => ({ value: zone.value, label: `${zone.territory} (${zone.value})` }));

export const FRENCH_TIME_ZONE_VALUES = ZONES.map((zone) => zone.value) as [FrenchTimeZone, ...FrenchTimeZone[]];

/** "heure de La Réunion"; an unknown zone is named by its IANA name. */
export function zoneName(timeZone: string): string {
  return ZONES.find((zone) => zone.value === timeZone)?.zoneName ?? timeZone;
}
