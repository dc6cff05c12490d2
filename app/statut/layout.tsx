import Link from 'next/link';
import type { ReactNode } from 'react';

/** The status page's own frame: no session, no navigation, nothing of any organization. */
export default function StatusLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-3">
          <p className="flex items-baseline gap-2 text-brand-800">
            <span className="text-xl font-bold">Guichet</span>
            <span className="text-sm font-medium text-slate-700">État du service</span>
          </p>
          <Link href="/connexion" className="text-sm font-semibold text-brand-800 underline">
            Se connecter au portail
          </Link>
        </div>
      </header>
      <main id="contenu" className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
