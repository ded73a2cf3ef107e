const isDev = process.env.NODE_ENV !== 'production';

// Next's own inline bootstrap scripts need 'unsafe-inline'; 'unsafe-eval' only in development (React's dev tools).
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), screen-wake-lock=(self)' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that Next must not bundle: treated as external it loads from node_modules.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    serverActions: { bodySizeLimit: '1mb' },
    // proxy.ts refuses bodies over 1 MB by the bytes it reads from Next's copy of the body. Next copies at most this
    // much (and silently cuts the rest), so it must exceed 1 MB by more than one network read (≤ 64 kB) for the
    // proxy to see that a body is over; 2 MB is that with room to spare, and bounds the memory a body can take.
    proxyClientMaxBodySize: '2mb',
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
