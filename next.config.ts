import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/platform/i18n/request.ts");

const nextConfig: NextConfig = {
  // pino and pg-boss load worker threads / native-ish modules: keep them out of the server bundle.
  // prom-client too: one registry per process, whichever server bundle records a metric.
  serverExternalPackages: ["pino", "pg-boss", "@prisma/client", "@prisma/adapter-pg", "pg", "prom-client"],
  // The container image runs `.next/standalone/server.js` with only the traced node_modules (see Dockerfile).
  output: "standalone",
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
