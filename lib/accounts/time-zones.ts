/** The zones of France's territories, for an organization's time zone (§5, §6). */
export const FRENCH_TIME_ZONES = [
  { value: 'Europe/Paris', label: 'Métropole et Corse (Europe/Paris)' },
  { value: 'America/Guadeloupe', label: 'Guadeloupe, Saint-Martin, Saint-Barthélemy (America/Guadeloupe)' },
  { value: 'America/Martinique', label: 'Martinique (America/Martinique)' },
  { value: 'America/Cayenne', label: 'Guyane (America/Cayenne)' },
  { value: 'Indian/Reunion', label: 'La Réunion (Indian/Reunion)' },
  { value: 'Indian/Mayotte', label: 'Mayotte (Indian/Mayotte)' },
  { value: 'America/Miquelon', label: 'Saint-Pierre-et-Miquelon (America/Miquelon)' },
  { value: 'Pacific/Tahiti', label: 'Polynésie française, Tahiti (Pacific/Tahiti)' },
  { value: 'Pacific/Noumea', label: 'Nouvelle-Calédonie (Pacific/Noumea)' },
  { value: 'Pacific/Wallis', label: 'Wallis-et-Futuna (Pacific/Wallis)' },
] as const;

export const FRENCH_TIME_ZONE_VALUES = FRENCH_TIME_ZONES.map((zone) => zone.value) as [string, ...string[]];

/** §3: the product's modules a contract may cover. */
export const PRODUCT_MODULES = ['Etat civil', 'Elections', 'COMEDEC', 'Cimetières'] as const;
