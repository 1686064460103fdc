import { inject } from "vitest";

// The configuration the server modules expect; values that matter only to the running portal are dummies.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret";
process.env.OIDC_ISSUER ??= "http://localhost:4000/idporten";
process.env.OIDC_CLIENT_ID ??= "consent-portal-test";
process.env.OIDC_CLIENT_SECRET ??= "test-client-secret";
process.env.LOG_LEVEL ??= "silent";

// Upstream settings that point nowhere: a test that talks to the emulator installs its own context
// (lib/platform/upstream/upstream-context.ts) or passes its own variables to the process it starts.
for (const e of ["TEST", "PROD"]) {
  const base = `http://127.0.0.1:9/${e.toLowerCase()}`;
  process.env[`MASKINPORTEN_${e}_TOKEN_URL`] ??= `${base}/maskinporten/token`;
  process.env[`MASKINPORTEN_${e}_AUDIENCE`] ??= `${base}/maskinporten/`;
  process.env[`MASKINPORTEN_${e}_JWKS_URL`] ??= `${base}/maskinporten/jwk`;
  process.env[`MASKINPORTEN_${e}_ADMIN_API_URL`] ??= `${base}/maskinporten-admin/api/v1`;
  process.env[`ALTINN_${e}_PLATFORM_URL`] ??= `${base}/platform`;
  process.env[`MASKINPORTEN_${e}_CLIENT_ID`] ??= "unused-in-tests";
  process.env[`MASKINPORTEN_${e}_KID`] ??= "unused-in-tests";
  if (!process.env[`MASKINPORTEN_${e}_KEY`]) process.env[`MASKINPORTEN_${e}_KEY_FILE`] ??= "/nonexistent/unused.pem";
}
process.env.ORGANISATION_REGISTER_URL ??= "http://127.0.0.1:9/brreg/enhetsregisteret/api";
process.env.CONSENT_TEMPLATES_URL ??= "http://127.0.0.1:9/altinn-studio-docs/consent_templates.json";
