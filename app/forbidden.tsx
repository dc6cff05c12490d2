import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';
import { ROLE_LABELS, homePath, isStaff } from '@/lib/accounts/roles';
import { optionalUser } from '@/lib/auth/session';

export default async function Forbidden() {
  const user = await optionalUser();
  return (
    <main id="contenu" className="mx-auto flex max-w-xl flex-col gap-4 px-4 py-16">
      <p className="text-2xl font-bold text-brand-800">Guichet</p>
      <h1 className="text-xl font-semibold">Accès refusé</h1>
      <p className="text-slate-700">
        {user ? `Votre rôle (${ROLE_LABELS[user.role]}) ne donne pas accès à cette page.` : 'Connectez-vous pour accéder à cette page.'}
      </p>
      <Link href={user ? homePath(user.role) : '/connexion'} className={`${buttonClasses('primary')} self-start`}>
        {user && isStaff(user.role) ? 'Aller à la console' : user ? 'Retour à l’accueil' : 'Se connecter'}
      </Link>
    </main>
  );
}
