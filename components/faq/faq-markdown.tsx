import { Markdown } from '@/components/ui/markdown';

/** An FAQ answer. The page's title is the article's h1: the answer's own headings start one level below. */
export function FaqMarkdown({ children }: { children: string }) {
  return <Markdown headingLevel={2}>{children}</Markdown>;
}
