import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';

// An announcement's title is an h3 (or h2 alone on its page): its own headings come below.
const heading = (Tag: 'h4' | 'h5') =>
  function Heading({ children }: { children?: ReactNode }) {
    return <Tag className="mt-4 mb-1 font-semibold">{children}</Tag>;
  };

const COMPONENTS: Components = {
  h1: heading('h4'),
  h2: heading('h4'),
  h3: heading('h4'),
  h4: heading('h5'),
  h5: heading('h5'),
  h6: heading('h5'),
  p: ({ node: _node, ...props }) => <p className="my-2 leading-relaxed" {...props} />,
  ul: ({ node: _node, ...props }) => <ul className="my-2 list-disc space-y-1 pl-6" {...props} />,
  ol: ({ node: _node, ...props }) => <ol className="my-2 list-decimal space-y-1 pl-6" {...props} />,
  blockquote: ({ node: _node, ...props }) => <blockquote className="my-2 border-l-4 border-slate-300 pl-4 text-slate-700" {...props} />,
  a: ({ node: _node, ...props }) => <a className="font-medium text-brand-800 underline" {...props} rel="noopener noreferrer" />,
  code: ({ node: _node, ...props }) => <code className="rounded bg-slate-100 px-1 font-mono text-sm" {...props} />,
  // Scrollable, so reachable with the keyboard (RGAA 7.3).
  pre: ({ node: _node, ...props }) => (
    <pre tabIndex={0} className="my-2 overflow-x-auto rounded bg-slate-100 p-3 text-sm [&_code]:bg-transparent [&_code]:p-0" {...props} />
  ),
  hr: () => <hr className="my-4 border-slate-200" />,
};

/**
 * An announcement's Markdown text. Raw HTML is not rendered (no rehype-raw), unsafe URLs are
 * dropped by react-markdown's filter, and images are left out: a remote image would tell a
 * third party who reads the portal.
 */
export function AnnouncementBody({ markdown }: { markdown: string }) {
  return (
    <div className="text-slate-900">
      <Markdown components={COMPONENTS} skipHtml disallowedElements={['img']}>
        {markdown}
      </Markdown>
    </div>
  );
}
