import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/platform/i18n/request.ts",
  experimental: {
    // The catalogs under messages/ are compiled at build time (next-intl's catalog loader with icu-minify), so
    // neither the browser nor the server parses ICU messages at run time: the formatter (intl-messageformat, ~12 kB
    // compressed) is no longer in the pages' JavaScript. Every message the bundle formats comes from these files;
    // processes outside Next.js (worker, tests) import them as plain JSON and format with the full parser.
    messages: { path: "./messages", format: "json", locales: "infer", precompile: true },
  },
});

const nextConfig: NextConfig = {
  // pino and pg-boss load worker threads / native-ish modules: keep them out of the server bundle.
  // prom-client too: one registry per process, whichever server bundle records a metric.
  serverExternalPackages: ["pino", "pg-boss", "@prisma/client", "@prisma/adapter-pg", "pg", "prom-client"],
  // The container image serves `.next/standalone` (the build with only its traced node_modules) with the portal's own
  // server, scripts/run/portal-server.ts --standalone (see Dockerfile).
  output: "standalone",
  // The portal's own server compresses, with brotli before gzip (lib/platform/server/compress-responses.ts); Next's
  // `compress` knows gzip only and would encode first.
  compress: false,
  poweredByHeader: false,
  experimental: {
    // Server actions' body limit; the submit hook refuses larger input before sending (lib/platform/http/body-limits.ts).
    serverActions: { bodySizeLimit: "2mb" },
    // Two root layouts (app/(portal), app/(public)): an unmatched URL gets app/global-not-found.tsx.
    globalNotFound: true,
    // The public pages are cached per catalog revision (proxy.ts): each change is a new key, and the old ones must
    // not pile up on disk. Kept in memory only, where Next.js' cache drops the least recently used (50 MB).
    isrFlushToDisk: false,
  },
  // No other site may frame the portal: its forms (approvals, revocations) must not be clickjacked. The
  // Content-Security-Policy (with `frame-ancestors 'none'`), its per-request nonce and `Permissions-Policy` are set
  // by proxy.ts, which also refuses a state-changing request from a foreign Origin.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
        ],
      },
    ];
  },
  // A separate build folder lets a second e2e run (E2E_INSTANCE) build beside the first.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default withNextIntl(nextConfig);
