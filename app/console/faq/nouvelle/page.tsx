import type { Metadata } from 'next';
import Link from 'next/link';
import { FaqArticleForm } from '@/components/faq/faq-article-form';
import { Alert } from '@/components/ui/alert';
import { requireStaff } from '@/lib/auth/session';
import { faqDraftSearch } from '@/lib/search-params/faq';
import { getDb } from '@/lib/server/db';
import { getFaqDraftFromTicket } from '@/lib/server/faq/get-faq-draft-from-ticket';
import { createFaqArticleAction } from '../actions';

export const metadata: Metadata = { title: 'Nouvel article – FAQ' };

const BLANK = { title: '', module: '', body: '', published: false };

/** A new article; `?demande=DEM-2026-000123` drafts it from that Demande ("Créer une FAQ à partir de cette demande"). */
export default async function NewFaqArticlePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaff();
  const { ticketReference: reference } = faqDraftSearch.parse(await searchParams);
  const source = reference ? await getFaqDraftFromTicket(await getDb(), { actor: user, reference }) : null;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/console/faq" className="text-sm font-medium text-brand-800 underline">
          Retour aux articles
        </Link>
        <h1 className="mt-2 text-2xl font-bold">Nouvel article de la FAQ</h1>
      </div>
      {reference && !source && <Alert tone="error">La demande « {reference} » est introuvable : l’article part d’une page blanche.</Alert>}
      {source && (
        <Alert tone="info">
          Brouillon prérempli à partir de la demande{' '}
          <Link href={`/console/demandes/${source.reference}`} className="font-semibold underline">
            {source.reference}
          </Link>
          . Reformulez-le pour tous les clients et retirez toute donnée personnelle (noms, dates de naissance, numéros d’acte) avant de le publier.
        </Alert>
      )}
      <FaqArticleForm
        action={createFaqArticleAction}
        initial={source ? { ...source.draft, published: false } : BLANK}
        hidden={source ? { sourceTicketId: source.ticketId } : {}}
        submitLabel="Enregistrer l’article"
      />
    </div>
  );
}
