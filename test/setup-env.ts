import { inject } from "vitest";

// The configuration the server modules expect; values that matter only to the running portal are dummies.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret";
process.env.OIDC_ISSUER ??= "http://localhost:4000/idporten";
process.env.OIDC_CLIENT_ID ??= "consent-portal-test";
process.env.OIDC_CLIENT_SECRET ??= "test-client-secret";
process.env.LOG_LEVEL ??= "silent";
