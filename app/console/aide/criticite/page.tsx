import type { Metadata } from 'next';
import { SeverityHelpArticle } from '@/components/tickets/severity-help-article';
import { requireStaff } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'La criticité d’une anomalie' };

export default async function ConsoleSeverityHelpPage() {
  await requireStaff();
  return <SeverityHelpArticle demandesHref="/console/demandes" />;
}
