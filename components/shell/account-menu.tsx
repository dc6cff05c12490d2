'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

interface AccountMenuProps {
  name: string;
  email: string;
  roleLabel: string;
}

export function AccountMenu({ name, email, roleLabel }: AccountMenuProps) {
  const [signingOut, setSigningOut] = useState(false);
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-2 text-sm font-medium hover:bg-slate-100 sm:px-3">
        <span aria-hidden="true" className="flex h-7 w-7 items-center justify-center rounded-full bg-brand-800 text-xs font-bold text-white">
          {initials(name)}
        </span>
        {/* On a phone the initials stand for the name, which screen readers still hear. */}
        <span className="sr-only sm:not-sr-only">{name}</span>
        <span className="sr-only">, menu du compte</span>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <p className="text-sm font-semibold">{name}</p>
        <p className="break-all text-sm text-slate-700">{email}</p>
        <p className="mt-1 text-sm text-slate-700">{roleLabel}</p>
        <button
          type="button"
          disabled={signingOut}
          onClick={() => {
            setSigningOut(true);
            void signOut({ callbackUrl: '/connexion' });
          }}
          className="mt-3 w-full rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold hover:bg-slate-100"
        >
          {signingOut ? 'Déconnexion…' : 'Se déconnecter'}
        </button>
      </div>
    </details>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}
