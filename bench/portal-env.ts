import type { TestClientKey } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { testUpstreamEnv } from "@/lib/platform/upstream/test-support/test-upstream-config";

// The configuration a benchmark gives the portal's modules it imports: its database, every upstream at the emulator
// with the operator's client, and dummies for what only a running portal reads (login, session secret).

export function benchPortalEnv(options: {
  emulatorUrl: string;
  key: TestClientKey;
  clientId: string;
  databaseUrl: string;
}) {
  return {
    ...testUpstreamEnv(options.emulatorUrl, options.key, options.clientId),
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret-0",
    OIDC_ISSUER: `${options.emulatorUrl}/idporten`,
    OIDC_CLIENT_ID: "bench",
    OIDC_CLIENT_SECRET: "bench",
    LOG_LEVEL: "silent",
  };
}
