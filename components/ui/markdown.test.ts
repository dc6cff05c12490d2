import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Markdown } from './markdown';

// The text goes in as the element's child, as in JSX; the props object alone lacks it.
type Props = Parameters<typeof Markdown>[0];
const render = (markdown: string, headingLevel: Props['headingLevel'] = 2) =>
  renderToStaticMarkup(createElement(Markdown, { headingLevel } as Props, markdown));

describe('Markdown', () => {
  it('shows raw HTML as inert text, never as markup', () => {
    const html = render('Avant <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div onclick="x()">bloc</div>');
    expect(html).not.toMatch(/<script|<img|<div onclick/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('loads no image from anywhere: an image becomes its alt text, linked to open on purpose', () => {
    const html = render('![x](https://evil.example/p.png) ![](/fichiers/plan.png) ![y](data:image/png;base64,AAAA)');
    expect(html).not.toContain('<img');
    expect(html).toContain(
      '<a class="font-medium text-brand-800 underline" href="https://evil.example/p.png" rel="noopener noreferrer nofollow">[Image : x]</a>',
    );
    expect(html).toContain('<a class="font-medium text-brand-800 underline" href="/fichiers/plan.png">[Image : sans description]</a>');
    expect(html).toContain('[Image : y]');
    expect(html).not.toContain('data:');
  });

  it('writes an image inside a link as text, never a link in a link', () => {
    const html = render('[![logo](https://evil.example/logo.png)](https://mairie.example)');
    expect(html).toBe(
      '<div class="text-slate-900"><p class="my-3 leading-relaxed"><a class="font-medium text-brand-800 underline" href="https://mairie.example/" rel="noopener noreferrer nofollow">[Image : logo]</a></p></div>',
    );
  });

  it('keeps http(s), mailto and relative links; only external ones get rel="noopener noreferrer nofollow"', () => {
    const html = render('[ANSSI](https://cyber.gouv.fr) [écrire](mailto:support@guichet.fr) [FAQ](/faq/actes) [haut](#etapes)');
    expect(html).toContain('<a class="font-medium text-brand-800 underline" href="https://cyber.gouv.fr/" rel="noopener noreferrer nofollow">ANSSI</a>');
    expect(html).toContain('<a class="font-medium text-brand-800 underline" href="mailto:support@guichet.fr">écrire</a>');
    expect(html).toContain('<a class="font-medium text-brand-800 underline" href="/faq/actes">FAQ</a>');
    expect(html).toContain('<a class="font-medium text-brand-800 underline" href="#etapes">haut</a>');
  });

  it('drops javascript:, data: and other schemes, keeping the text', () => {
    const html = render('[piège](javascript:alert(1)) [data](data:text/html,<b>x</b>) [fichier](file:///etc/passwd) [tel](tel:0102030405)');
    expect(html).not.toMatch(/<a[\s>]/);
    expect(html).not.toMatch(/javascript|data:|file:|tel:/);
    expect(html).toContain('piège');
  });

  it('sees a protocol-relative URL as the other site it is', () => {
    expect(render('[a](//evil.example/x)')).toContain('href="https://evil.example/x" rel="noopener noreferrer nofollow"');
    // The parser percent-encodes a backslash, so "/\\host" stays a path of this site.
    expect(render('[b](/\\evil.example/y)')).toContain('href="/%5Cevil.example/y">');
  });

  it('starts the text’s headings at the level asked, never past h6', () => {
    expect(render('# Un\n\n## Deux\n\n### Trois', 4)).toMatch(/<h4[^>]*>Un<\/h4>\s*<h5[^>]*>Deux<\/h5>\s*<h6[^>]*>Trois<\/h6>/);
    expect(render('##### Cinq', 4)).toMatch(/<h6[^>]*>Cinq<\/h6>/);
  });
  it('property (issue 12): whatever the text, no image, script, frame or handler reaches the page', () => {
    const piece = fc.constantFrom(
      '![x](https://pixel.example/t.gif)',
      '![](//pixel.example/t.gif)',
      '[![a](https://evil.example/i.png)](https://evil.example)',
      '<img src=x onerror=window.__xss=1>',
      '<script>window.__xss=1</script>',
      '<iframe src="https://evil.example"></iframe>',
      '[clic](javascript:window.__xss=1)',
      '<svg onload=window.__xss=1>',
      '[ref]: https://pixel.example/r.gif\n\n![ref]',
      'texte ordinaire',
      '\n\n',
      '> ',
      '* ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.integer({ min: 2, max: 6 }), (pieces, level) => {
        const html = render(pieces.join(' '), level as Props['headingLevel']);
        // Text is escaped (&lt;…), so every "<" left is real markup.
        expect(html).not.toMatch(/<(img|script|iframe|svg)\b|<[^>]*\son\w+=|href="(?!https?:|mailto:|\/)/i);
      }),
    );
  });
});
