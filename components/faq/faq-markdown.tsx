import Markdown, { type Components } from 'react-markdown';

// The page's title is the article's h1: the answer's own headings start one level below.
const COMPONENTS: Components = {
  h1: ({ node: _node, ...props }) => <h2 className="mt-6 mb-2 text-xl font-semibold" {...props} />,
  h2: ({ node: _node, ...props }) => <h3 className="mt-6 mb-2 text-lg font-semibold" {...props} />,
  h3: ({ node: _node, ...props }) => <h4 className="mt-4 mb-2 font-semibold" {...props} />,
  h4: ({ node: _node, ...props }) => <h5 className="mt-4 mb-2 font-semibold" {...props} />,
  h5: ({ node: _node, ...props }) => <h6 className="mt-4 mb-2 font-semibold" {...props} />,
  h6: ({ node: _node, ...props }) => <h6 className="mt-4 mb-2 font-semibold" {...props} />,
  p: ({ node: _node, ...props }) => <p className="my-3 leading-relaxed" {...props} />,
  ul: ({ node: _node, ...props }) => <ul className="my-3 list-disc space-y-1 pl-6" {...props} />,
  ol: ({ node: _node, ...props }) => <ol className="my-3 list-decimal space-y-1 pl-6" {...props} />,
  blockquote: ({ node: _node, ...props }) => <blockquote className="my-3 border-l-4 border-slate-300 pl-4 text-slate-700" {...props} />,
  // A link never hands the FAQ page to the site it opens.
  a: ({ node: _node, ...props }) => <a className="font-medium text-brand-800 underline" {...props} rel="noopener noreferrer" />,
  code: ({ node: _node, ...props }) => <code className="rounded bg-slate-100 px-1 font-mono text-sm" {...props} />,
  // Scrollable, so reachable with the keyboard (RGAA 7.3).
  pre: ({ node: _node, ...props }) => (
    <pre tabIndex={0} className="my-3 overflow-x-auto rounded bg-slate-100 p-3 text-sm [&_code]:bg-transparent [&_code]:p-0" {...props} />
  ),
  hr: () => <hr className="my-6 border-slate-200" />,
};

/**
 * An FAQ answer written in Markdown. Raw HTML is not rendered (no rehype-raw: it shows as
 * text) and unsafe URLs (javascript:, data:…) are dropped by react-markdown's URL filter.
 */
export function FaqMarkdown({ children }: { children: string }) {
  return (
    <div className="text-slate-900">
      <Markdown components={COMPONENTS}>{children}</Markdown>
    </div>
  );
}
