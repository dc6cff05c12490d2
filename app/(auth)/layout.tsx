import type { ReactNode } from 'react';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="contenu" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-2xl font-bold text-brand-800">Guichet</p>
        <p className="mb-6 text-sm text-slate-700">Le portail de support des collectivités</p>
        {children}
      </div>
    </main>
  );
}
