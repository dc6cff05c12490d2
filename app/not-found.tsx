import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export default function NotFound() {
  return (
    <main id="contenu" className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-16">
      <p className="text-2xl font-bold text-brand-800">Guichet</p>
      <h1 className="text-xl font-semibold">Page introuvable</h1>
      <p className="text-slate-700">Cette page n’existe pas, ou vous n’y avez pas accès.</p>
      <Link href="/" className={`${buttonClasses('primary')} self-start`}>
        Retour à l’accueil
      </Link>
    </main>
  );
}
