import type { Metadata } from 'next';
import { SeverityHelpArticle } from '@/components/tickets/severity-help-article';
import { requireClient } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'La criticité d’une anomalie' };

export default async function SeverityHelpPage() {
  await requireClient();
  return <SeverityHelpArticle demandesHref="/demandes" />;
}
