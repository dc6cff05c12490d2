import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';

type HastElement = NonNullable<ExtraProps['node']>;
type HastContent = HastElement['children'][number];

// Any host will do: it only tells a relative URL (resolved against it) from an absolute one.
const SELF = new URL('https://guichet.invalid/');

/**
 * The URLs a text written in the portal may point to: http(s) and mailto, and relative ones
 * (this site). Anything else (javascript:, data:, file:…) is dropped. Parsed as a browser
 * would, so a protocol-relative "//autre.site" is seen as the other site it is.
 */
function allowedUrl(value: string): { href: string; external: boolean } | null {
  let url: URL;
  try {
    url = new URL(value, SELF);
  } catch {
    return null;
  }
  if (url.origin === SELF.origin) return { href: value, external: false };
  if (url.protocol === 'http:' || url.protocol === 'https:') return { href: url.href, external: true };
  if (url.protocol === 'mailto:') return { href: url.href, external: false };
  return null;
}

function imageText(image: HastElement): string {
  const alt = typeof image.properties.alt === 'string' ? image.properties.alt.trim() : '';
  return `[Image : ${alt || 'sans description'}]`;
}

/**
 * No image is ever loaded: a remote one would tell a third party who reads the portal (a
 * tracking pixel). Each becomes its alt text, visibly, and a link to it where it is not already
 * inside a link, so a reader can still open it on purpose.
 */
function imagesAsLinks() {
  const replace = (children: HastContent[], inLink: boolean): HastContent[] =>
    children.map((child): HastContent => {
      if (child.type !== 'element') return child;
      if (child.tagName !== 'img') return { ...child, children: replace(child.children, inLink || child.tagName === 'a') };
      const text: HastContent = { type: 'text', value: imageText(child) };
      const src = child.properties.src;
      if (inLink || typeof src !== 'string') return text;
      return { type: 'element', tagName: 'a', properties: { href: src }, children: [text] };
    });
  return (tree: { children: HastContent[] }) => {
    tree.children = replace(tree.children, false);
  };
}

const HEADINGS = {
  2: { Tag: 'h2', className: 'mt-6 mb-2 text-xl font-semibold' },
  3: { Tag: 'h3', className: 'mt-6 mb-2 text-lg font-semibold' },
  4: { Tag: 'h4', className: 'mt-4 mb-2 font-semibold' },
  5: { Tag: 'h5', className: 'mt-4 mb-2 font-semibold' },
  6: { Tag: 'h6', className: 'mt-4 mb-2 font-semibold' },
} as const;
type HeadingLevel = keyof typeof HEADINGS;

// Built once per presentation, so a re-render (a live preview) keeps the same element types.
const built = new Map<string, Components>();
function componentsFor(headingLevel: HeadingLevel, compact: boolean): Components {
  const key = `${headingLevel}:${compact}`;
  let found = built.get(key);
  if (!found) {
    found = components(headingLevel, compact);
    built.set(key, found);
  }
  return found;
}

function components(headingLevel: HeadingLevel, compact: boolean): Components {
  const block = compact ? 'my-2' : 'my-3';
  const heading = (depth: number) => {
    const level = Math.min(6, headingLevel + depth - 1) as HeadingLevel;
    const { Tag, className } = HEADINGS[level];
    return function Heading({ node: _node, ...props }: ComponentProps<'h1'> & ExtraProps) {
      return <Tag className={className} {...props} />;
    };
  };
  return {
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(5),
    h6: heading(6),
    p: ({ node: _node, ...props }) => <p className={`${block} leading-relaxed`} {...props} />,
    ul: ({ node: _node, ...props }) => <ul className={`${block} list-disc space-y-1 pl-6`} {...props} />,
    ol: ({ node: _node, ...props }) => <ol className={`${block} list-decimal space-y-1 pl-6`} {...props} />,
    blockquote: ({ node: _node, ...props }) => <blockquote className={`${block} border-l-4 border-slate-300 pl-4 text-slate-700`} {...props} />,
    a: ({ node: _node, href, ...props }) => {
      const target = href ? allowedUrl(href) : null;
      // A dropped URL leaves its text, and nothing to click.
      if (!target) return <>{props.children}</>;
      // An external link hands the page nothing (opener, referrer) and lends it no ranking.
      const rel = target.external ? 'noopener noreferrer nofollow' : undefined;
      return <a className="font-medium text-brand-800 underline" {...props} href={target.href} rel={rel} />;
    },
    code: ({ node: _node, ...props }) => <code className="rounded bg-slate-100 px-1 font-mono text-sm" {...props} />,
    // Scrollable, so reachable with the keyboard (RGAA 7.3).
    pre: ({ node: _node, ...props }) => (
      <pre tabIndex={0} className={`${block} overflow-x-auto rounded bg-slate-100 p-3 text-sm [&_code]:bg-transparent [&_code]:p-0`} {...props} />
    ),
    hr: () => <hr className={`${compact ? 'my-4' : 'my-6'} border-slate-200`} />,
  };
}

const urlTransform = (value: string) => allowedUrl(value)?.href;

interface MarkdownProps {
  children: string;
  /** The level a "# " heading of the text takes, below the page's own headings. */
  headingLevel: HeadingLevel;
  /** Tighter spacing, for a text inside a card. */
  compact?: boolean;
}

/**
 * Markdown written by the support (FAQ answers, announcements), rendered under one safety policy:
 * raw HTML is shown as text, never as markup (no rehype-raw); no image is loaded; links go only
 * to http(s), mailto and this site.
 */
export function Markdown({ children, headingLevel, compact = false }: MarkdownProps) {
  return (
    <div className="text-slate-900">
      <ReactMarkdown components={componentsFor(headingLevel, compact)} rehypePlugins={[imagesAsLinks]} urlTransform={urlTransform}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
