import { Markdown } from '@/components/ui/markdown';

/** An announcement's text. Its title is an h3 (or h2 alone on its page): its own headings come below. */
export function AnnouncementBody({ markdown }: { markdown: string }) {
  return (
    <Markdown headingLevel={4} compact>
      {markdown}
    </Markdown>
  );
}
