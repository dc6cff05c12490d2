'use client';

import { useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { IDLE, type FormAction } from '@/lib/forms/action-state';
import type { BulkTriageOutcome } from '@/lib/support/bulk-triage';
import { neighbourRow, triageCommandOf, type FocusPlace } from '@/lib/support/triage-shortcuts';
import { ShortcutsDialog } from './shortcuts-dialog';

/**
 * What a list does with a row acted on: keep it in place with its new state until the page is
 * left (kept before the action, while the page still lists it); null lets it go (refused).
 */
export type HoldRow = (rowId: string, change: { outcome: string; status?: 'in_charge'; assigneeName?: string; takeable?: boolean } | null) => void;

interface TriageContextValue {
  register: (listId: string, hold: HoldRow) => () => void;
}

const TriageContext = createContext<TriageContextValue | null>(null);

/** A list of Demandes taking part in the page's keyboard triage (its rows carry `triageRowProps`). */
export function useTriageList(listId: string, hold: HoldRow): void {
  const context = useContext(TriageContext);
  useEffect(() => context?.register(listId, hold), [context, listId, hold]);
}

/** The attributes that make an element a row of keyboard triage: focusable by script, found by the keyboard handler. */
export function triageRowProps(listId: string, row: { id: string; reference: string; href: string; outcome?: string | null }) {
  return {
    tabIndex: -1,
    'data-triage-row': '',
    'data-triage-list': listId,
    'data-ticket-id': row.id,
    'data-reference': row.reference,
    'data-href': row.href,
    'data-outcome': row.outcome ?? '',
  } as const;
}

/** The focus ring of a triage row: visible, and not only a colour change. */
export const TRIAGE_ROW_FOCUS = 'outline-none focus:outline-3 focus:outline-offset-[-3px] focus:outline-brand-700';

const ROW = '[data-triage-row]';
const TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'range', 'color']);

function focusPlaceOf(element: Element | null): FocusPlace {
  if (!(element instanceof HTMLElement)) return 'elsewhere';
  if (element.matches(ROW)) return 'row';
  if (element.isContentEditable || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return 'typing';
  if (element instanceof HTMLInputElement) return TEXT_INPUTS.has(element.type) ? 'control' : 'typing';
  if (element.matches('a[href], button, summary, [role="button"], [role="link"]')) return 'control';
  return 'elsewhere';
}

function visibleRows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(ROW)].filter((row) => row.getClientRects().length > 0);
}

interface TriageKeyboardProps {
  /** The bulk triage action of the queue: one Demande at a time from the keyboard, each through its own operation. */
  triageAction: FormAction<BulkTriageOutcome>;
  me: { id: string; name: string };
  children: ReactNode;
}

/**
 * Keyboard triage over every list of Demandes of the page (the dashboard's, the queue's rows):
 * j / k or the arrows move from row to row, Entrée opens, p takes in charge, m assigns to oneself,
 * ? lists the shortcuts. Never while typing in a field, never with Ctrl, ⌘ or Alt. Each outcome is
 * said in the live region; the row acted on stays in place with its new state.
 */
export function TriageKeyboard({ triageAction, me, children }: TriageKeyboardProps) {
  const router = useRouter();
  const lists = useRef(new Map<string, HoldRow>());
  const [message, setMessage] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const busy = useRef(false);
  const root = useRef<HTMLDivElement>(null);

  const register = useCallback((listId: string, hold: HoldRow) => {
    lists.current.set(listId, hold);
    return () => {
      if (lists.current.get(listId) === hold) lists.current.delete(listId);
    };
  }, []);
  const context = useMemo(() => ({ register }), [register]);

  // A message said twice in a row is said again: the region is emptied first.
  const announce = useCallback((text: string) => {
    setMessage('');
    requestAnimationFrame(() => setMessage(text));
  }, []);

  const act = useCallback(
    async (row: HTMLElement, command: 'take' | 'assign_to_me') => {
      const { ticketId = '', reference = 'La demande', triageList = '', outcome: before = '' } = row.dataset;
      if (busy.current) return announce('Un instant : l’action précédente est en cours.');
      busy.current = true;
      const hold = lists.current.get(triageList);
      // Refused: the row goes back to what it was (still held if it was, with its earlier outcome).
      const restore = () => hold?.(ticketId, before ? { outcome: before } : null);
      hold?.(ticketId, { outcome: command === 'take' ? 'Prise en charge en cours…' : 'Assignation en cours…' });
      announce(command === 'take' ? `Prise en charge de ${reference} en cours…` : `Assignation de ${reference} en cours…`);
      const form = new FormData();
      form.append('ticketIds', ticketId);
      form.set('intent', command === 'take' ? 'take' : 'assign');
      if (command === 'assign_to_me') form.set('assigneeId', me.id);
      try {
        const state = await triageAction(IDLE, form);
        const result = state.status === 'success' ? state.data?.results.find((each) => each.ticketId === ticketId) : undefined;
        if (!result?.ok) {
          restore();
          return announce(`${reference} : ${state.status === 'error' ? state.message : (result?.reason ?? 'l’action a été refusée.')}`);
        }
        hold?.(
          ticketId,
          command === 'take'
            ? { outcome: 'Prise en charge par vous', status: 'in_charge', assigneeName: me.name, takeable: false }
            : { outcome: 'Assignée à vous', assigneeName: me.name },
        );
        announce(command === 'take' ? `${reference} : prise en charge par vous. Entrée pour l’ouvrir.` : `${reference} : vous est assignée.`);
        // The row kept in place is the same element: give it the focus back should the page's refresh have taken it.
        requestAnimationFrame(() => {
          if (document.activeElement === document.body) {
            document.querySelector<HTMLElement>(`${ROW}[data-triage-list="${triageList}"][data-ticket-id="${ticketId}"]`)?.focus();
          }
        });
      } catch {
        restore();
        announce(`${reference} : l’action n’a pas abouti (connexion perdue ?). Réessayez.`);
      } finally {
        busy.current = false;
      }
    },
    [announce, me, triageAction],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || helpOpen) return;
      const place = focusPlaceOf(document.activeElement);
      const command = triageCommandOf(event, place);
      if (command === null) return;
      event.preventDefault();
      if (command === 'help') return setHelpOpen(true);
      const rows = visibleRows();
      const current = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>(ROW) : null;
      if (command === 'next' || command === 'previous') {
        if (rows.length === 0) return announce('Aucune demande à parcourir sur cette page.');
        const index = neighbourRow(current ? rows.indexOf(current) : -1, rows.length, command);
        if (index === null) return announce(command === 'next' ? 'Dernière demande de la page.' : 'Première demande de la page.');
        rows[index]?.focus();
        return;
      }
      if (!current) return announce('Choisissez d’abord une demande avec j ou k.');
      if (command === 'open') {
        announce(`Ouverture de ${current.dataset.reference ?? 'la demande'}…`);
        return router.push(current.dataset.href ?? '/console/demandes');
      }
      void act(current, command);
    };
    document.addEventListener('keydown', onKeyDown);
    // Said on the page once the keys answer (the end-to-end tests wait for it rather than for a delay).
    const wrapper = root.current;
    wrapper?.setAttribute('data-triage-ready', '');
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      wrapper?.removeAttribute('data-triage-ready');
    };
  }, [act, announce, helpOpen, router]);

  return (
    <TriageContext.Provider value={context}>
      <div ref={root} className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
          <p className="hidden lg:block">
            Au clavier : <kbd className="font-mono font-semibold">j</kbd> et <kbd className="font-mono font-semibold">k</kbd> pour parcourir,{' '}
            <kbd className="font-mono font-semibold">p</kbd> pour prendre en charge, <kbd className="font-mono font-semibold">m</kbd> pour vous l’assigner.
          </p>
          <button
            type="button"
            onClick={() => setHelpOpen(true)}
            aria-haspopup="dialog"
            className="hidden rounded-md border border-slate-300 bg-white px-3 py-1 font-semibold text-slate-900 hover:bg-slate-100 lg:inline-block"
          >
            Raccourcis clavier (?)
          </button>
          <p role="status" className="font-medium text-slate-900" data-triage-status>
            {message}
          </p>
        </div>
        {children}
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </TriageContext.Provider>
  );
}
