import Link from 'next/link';
import { homePath, isStaff } from '@/lib/auth/roles';
import { optionalUser } from '@/lib/auth/session';
import { buttonClasses } from '@/components/ui/button';

export default async function Forbidden() {
  const user = await optionalUser();
  const home = user ? homePath(user.role) : '/connexion';
  return (
    <main id="contenu" className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-16">
      <p className="text-2xl font-bold text-brand-800">Guichet</p>
      <h1 className="text-xl font-semibold">Accès refusé</h1>
      <p className="text-slate-700">
        {user && isStaff(user.role)
          ? 'Cette page est réservée aux agents des collectivités clientes.'
          : 'Cette page est réservée au personnel du support.'}
      </p>
      <Link href={home} className={`${buttonClasses('primary')} self-start`}>
        {user && isStaff(user.role) ? 'Aller à la console' : 'Retour à l’accueil'}
      </Link>
    </main>
  );
}
