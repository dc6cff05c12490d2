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
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
