import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * A link to a portal article. Not prefetched: opening an article counts a view, and only
 * readers who open it should count.
 */
export function FaqArticleLink({ slug, children, className = '' }: { slug: string; children: ReactNode; className?: string }) {
  return (
    <Link href={`/faq/${slug}`} prefetch={false} className={`font-medium text-brand-800 underline-offset-2 hover:underline ${className}`}>
      {children}
    </Link>
  );
}
