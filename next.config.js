/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  // forbidden() answers a signed-in user outside their area with a 403 page.
  experimental: {
    authInterrupts: true,
    // §13: a Demande carries up to 10 attachments of 10 MB each.
    serverActions: { bodySizeLimit: '105mb' },
  },
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc); the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  // Security headers (a CSP with a nonce per answer, HSTS, Permissions-Policy…) are set on every answer,
  // error pages included, by the server that wraps Next.js: scripts/serve.mjs and scripts/http-guard.mjs.
};

module.exports = nextConfig;
