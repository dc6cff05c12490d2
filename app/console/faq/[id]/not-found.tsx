import Link from 'next/link';
import { buttonClasses } from '@/components/ui/button';

export default function FaqArticleNotFound() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Article introuvable</h1>
      <p className="text-slate-700">Cet article de la FAQ n’existe pas.</p>
      <Link href="/console/faq" className={`${buttonClasses('primary')} self-start`}>
        Retour aux articles
      </Link>
    </div>
  );
}
