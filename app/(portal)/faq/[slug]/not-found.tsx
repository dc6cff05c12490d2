import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export default function FaqArticleNotFound() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Article introuvable</h1>
      <p className="text-slate-700">Cet article de la FAQ n’existe pas ou n’est plus publié.</p>
      <Link href="/faq" className={`${buttonClasses('primary')} self-start`}>
        Retour à la FAQ
      </Link>
    </div>
  );
}
