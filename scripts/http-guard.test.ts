import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { believedHeaders, contentSecurityPolicy, decodablePath, originAllowed, securityHeaders } from './http-guard.mjs';

describe('security headers', () => {
  it('a strict policy: scripts by nonce only, no framing, no plugin, no remote image', () => {
    const policy = contentSecurityPolicy('abc', { https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("img-src 'self' blob: data:");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('HSTS and upgrade-insecure-requests only when the public address is https', () => {
    const names = (https: boolean) => securityHeaders({ nonce: 'n', https }).map(([name]) => name);
    expect(names(false)).not.toContain('Strict-Transport-Security');
    expect(names(true)).toContain('Strict-Transport-Security');
    expect(contentSecurityPolicy('n', { https: true })).toContain('upgrade-insecure-requests');
    expect(names(false)).toEqual(expect.arrayContaining(['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options']));
  });
});

describe('believed headers', () => {
  const sent = {
    host: 'guichet.fr',
    'x-forwarded-for': '6.6.6.6',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-proto': 'https',
    'content-security-policy': "script-src 'nonce-x'",
  };

  it('without a trusted proxy: the peer only, no forwarded host or protocol, no client-sent policy', () => {
    const headers = believedHeaders(sent, { trustProxy: false, peer: '192.0.2.1' });
    expect(headers['x-forwarded-for']).toBe('192.0.2.1');
    expect(headers['x-forwarded-host']).toBeUndefined();
    expect(headers['x-forwarded-proto']).toBeUndefined();
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers.host).toBe('guichet.fr');
  });

  it('behind a trusted proxy: its hops, then the peer; its forwarded host kept', () => {
    const headers = believedHeaders(sent, { trustProxy: true, peer: '10.0.0.2' });
    expect(headers['x-forwarded-for']).toBe('6.6.6.6, 10.0.0.2');
    expect(headers['x-forwarded-host']).toBe('evil.example');
  });
});

describe('origin check', () => {
  const publicUrl = 'https://guichet.exemple.fr';
  it.each([
    ['GET', undefined, true],
    ['HEAD', 'https://evil.example', true],
    ['POST', 'https://guichet.exemple.fr', true],
    ['POST', 'http://localhost:3100', true],
    ['POST', 'https://evil.example', false],
    ['POST', undefined, false],
    ['POST', 'null', false],
    ['POST', 'pas une url', false],
    ['PUT', 'https://guichet.exemple.fr.evil.example', false],
    ['DELETE', 'https://evil.example', false],
  ])('%s from %s: %s', (method, origin, allowed) => {
    expect(originAllowed({ method, origin, host: 'localhost:3100', publicUrl })).toBe(allowed);
  });
});

describe('undecodable paths', () => {
  it.each([
    ['/demandes/%ff', '/demandes/%25ff'],
    ['/api/pieces-jointes/%ff?x=%ff', '/api/pieces-jointes/%25ff?x=%ff'],
    ['/faq/%e9t%e9', '/faq/%25e9t%25e9'],
    ['/faq/%C3%A9t%C3%A9', '/faq/%C3%A9t%C3%A9'],
    ['/demandes/%', '/demandes/%25'],
    ['/', '/'],
  ])('%s becomes %s', (url, fixed) => {
    expect(decodablePath(url)).toBe(fixed);
  });

  it('property: the result always decodes, and a decodable URL is left alone', () => {
    const segment = fc.string({ unit: fc.constantFrom('a', '%', 'f', 'F', '0', 'e', '9', 'C', '3', '/', '-') });
    fc.assert(
      fc.property(segment, (raw) => {
        const url = `/${raw}`;
        const fixed = decodablePath(url);
        expect(() => decodeURIComponent(fixed)).not.toThrow();
        let decodable = true;
        try {
          decodeURIComponent(url);
        } catch {
          decodable = false;
        }
        if (decodable) expect(fixed).toBe(url);
      }),
    );
  });
});
