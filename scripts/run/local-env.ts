import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureOperatorKey } from "./operator-keys";
import { emulatorUpstreamEnv } from "@/lib/platform/config/emulator-upstream-env";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// Defaults that make `npm start` / `npm run dev` / `npm test` work with no configuration: the
// emulator's Ansattporten (its organisation picker and Altinn rights) and Altinn service-owner list, the demo's platform
// administrator (Siri Berg), and a session secret generated once per checkout. Real values from the environment or
// .env.local always win.

/** Siri Berg, the demo's platform administrator (prisma/demo-data.ts; the emulator's test persons). */
const DEMO_PLATFORM_ADMIN_PID = "12839120247";

export const ROOT = path.resolve(import.meta.dirname, "../..");

function sessionSecret(): string {
  const file = path.join(ROOT, ".data", "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadLocalEnv(options: { portalPort: number; emulatorPort: number }): void {
  const envFile = path.join(ROOT, ".env.local");
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const portal = `http://localhost:${options.portalPort}`;
  const emulator = `http://localhost:${options.emulatorPort}`;
  const defaults: Record<string, string> = {
    NEXTAUTH_URL: portal,
    NEXTAUTH_SECRET: sessionSecret(),
    OIDC_ISSUER: `${emulator}/ansattporten`,
    LOGIN_PROVIDER: "ansattporten",
    // The ID-porten a person connects for Altinn's end-user APIs (the supplier page): Ansattporten's tokens are not
    // exchangeable at Altinn (lib/platform/auth/altinn-idporten-client.ts).
    ALTINN_IDPORTEN_ISSUER: `${emulator}/idporten`,
    ALTINN_ORGS_URL: `${emulator}/orgs/altinn-orgs.json`,
    PLATFORM_ADMIN_PIDS: DEMO_PLATFORM_ADMIN_PID,
    OIDC_CLIENT_ID: "consent-portal-local",
    OIDC_CLIENT_SECRET: "local-dev-secret-change-me",
    EMULATOR_PORT: String(options.emulatorPort),
    EMULATOR_PUBLIC_URL: emulator,
    EMULATOR_OIDC_CLIENT_ID: "consent-portal-local",
    EMULATOR_OIDC_CLIENT_SECRET: "local-dev-secret-change-me",
    EMULATOR_OIDC_REDIRECT_URIS: `${portal}/api/auth/callback/idporten,${portal}/api/altinn-idporten/callback`,
    EMULATOR_OIDC_POST_LOGOUT_REDIRECT_URIS: `${portal}/`,
  };
  for (const environment of ["test", "prod"] as const) {
    // A configured client means real endpoints for that environment: then no emulator defaults at all.
    if (!process.env[`MASKINPORTEN_${environment.toUpperCase()}_CLIENT_ID`]) {
      Object.assign(defaults, upstreamDefaults(environment, emulator));
    }
  }
  for (const [name, value] of Object.entries(defaults)) {
    if (!process.env[name]) process.env[name] = value;
  }
}

/** Maskinporten and Altinn for one environment, pointed at the emulator, with the operator's local key. */
function upstreamDefaults(environment: TUpstreamEnvironment, emulator: string): Record<string, string> {
  const E = environment.toUpperCase();
  const key = ensureOperatorKey(environment);
  const clientId = `consent-portal-operator-${environment}`;
  return {
    ...emulatorUpstreamEnv(emulator, environment),
    [`MASKINPORTEN_${E}_CLIENT_ID`]: clientId,
    [`MASKINPORTEN_${E}_KID`]: key.kid,
    [`MASKINPORTEN_${E}_KEY_FILE`]: key.keyFile,
    [`EMULATOR_OPERATOR_CLIENT_ID_${E}`]: clientId,
    [`EMULATOR_OPERATOR_JWKS_FILE_${E}`]: key.jwksFile,
  };
}
