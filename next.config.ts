import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/platform/i18n/request.ts");

const nextConfig: NextConfig = {
  // pino and pg-boss load worker threads / native-ish modules: keep them out of the server bundle.
  serverExternalPackages: ["pino", "pg-boss", "@prisma/client", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // No other site may frame the portal: its forms (approvals, revocations) must not be clickjacked.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
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
