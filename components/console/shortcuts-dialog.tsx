'use client';

import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TRIAGE_SHORTCUTS } from '@/lib/support/triage-shortcuts';

/**
 * The keyboard shortcuts of triage, in a modal dialog: the rest of the page is inert while it is
 * open and Tab cycles inside it, Échap or "?" closes it, and the focus returns where it was.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="raccourcis-titre"
      onClose={() => {
        onClose();
        if (opener.current instanceof HTMLElement) opener.current.focus();
      }}
      onKeyDown={(event) => {
        if (event.key === '?') {
          event.preventDefault();
          dialog.current?.close();
        }
        if (event.key === 'Tab' && dialog.current) trapFocus(dialog.current, event);
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id="raccourcis-titre" className="text-lg font-semibold">
        Raccourcis clavier
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Sur le tableau de bord et dans les files de demandes. Ils ne s’appliquent pas pendant la saisie dans un champ.
      </p>
      <table className="mt-4 w-full text-left text-sm">
        <caption className="sr-only">Touches et actions</caption>
        <thead className="border-b border-slate-300 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4">
              Touche
            </th>
            <th scope="col" className="py-2">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {TRIAGE_SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.command} className="border-b border-slate-100 last:border-0">
              <td className="py-2 pr-4">
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' ou '}
                    <kbd className="rounded border border-slate-400 bg-slate-50 px-1.5 py-0.5 font-mono text-xs font-semibold">{key}</kbd>
                  </span>
                ))}
              </td>
              <td className="py-2">{shortcut.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="mt-5 flex justify-end">
        <Button type="submit">Fermer</Button>
      </form>
    </dialog>
  );
}

/** Tab past the last control comes back to the first, Maj+Tab before the first goes to the last: the focus never leaves. */
function trapFocus(container: HTMLElement, event: KeyboardEvent<HTMLElement>) {
  const controls = [...container.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"]')];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
