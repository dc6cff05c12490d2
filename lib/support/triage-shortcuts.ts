/** What a key does on a triage list (the console's dashboard and queue). */
export const TRIAGE_COMMANDS = ['next', 'previous', 'open', 'take', 'assign_to_me', 'help'] as const;
export type TriageCommand = (typeof TRIAGE_COMMANDS)[number];

/** The shortcuts as the help overlay lists them, in French, keys as printed on a French keyboard. */
export const TRIAGE_SHORTCUTS: ReadonlyArray<{ command: TriageCommand; keys: readonly string[]; label: string }> = [
  { command: 'next', keys: ['j', 'Flèche bas'], label: 'Demande suivante' },
  { command: 'previous', keys: ['k', 'Flèche haut'], label: 'Demande précédente' },
  { command: 'open', keys: ['Entrée'], label: 'Ouvrir la demande' },
  { command: 'take', keys: ['p'], label: 'Prendre en charge la demande' },
  { command: 'assign_to_me', keys: ['m'], label: 'M’assigner la demande' },
  { command: 'help', keys: ['?'], label: 'Afficher ou fermer cette aide' },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * Where the focus is when the key is pressed: on a row of a list; in a field where keys type
 * (text, select, editable); on another control (button, link, checkbox); anywhere else.
 */
export type FocusPlace = 'row' | 'typing' | 'control' | 'elsewhere';

const LETTERS: Readonly<Record<string, TriageCommand>> = { j: 'next', k: 'previous', p: 'take', m: 'assign_to_me' };

/**
 * The command a key press asks for, or null to leave the key to the browser: never while typing
 * in a field, never with Ctrl, ⌘ or Alt (the browser's and the screen reader's own shortcuts);
 * arrows and Entrée only on a row, where they would otherwise scroll or do nothing.
 */
export function triageCommandOf(press: KeyPress, place: FocusPlace): TriageCommand | null {
  if (place === 'typing' || press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === '?') return 'help';
  const letter = LETTERS[press.key.toLowerCase()];
  if (press.key.length === 1 && letter) return letter;
  if (place !== 'row') return null;
  if (press.key === 'ArrowDown') return 'next';
  if (press.key === 'ArrowUp') return 'previous';
  if (press.key === 'Enter') return 'open';
  return null;
}

/** The row to focus after `current` (-1: none yet) among `count` rows; null past either end. */
export function neighbourRow(current: number, count: number, command: 'next' | 'previous'): number | null {
  if (count === 0) return null;
  if (current < 0) return command === 'next' ? 0 : count - 1;
  const next = command === 'next' ? current + 1 : current - 1;
  return next >= 0 && next < count ? next : null;
}
