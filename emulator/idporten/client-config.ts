import type { EnvironmentVariables } from "../route-group";

/** The one relying party the emulator knows: the consent portal. */
export interface IdportenClientConfig {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

// Defaults match the portal's local setup (next-auth provider id "idporten" on port 3000, and the callback of its
// second ID-porten authorization for Altinn).
const DEFAULTS: IdportenClientConfig = {
  clientId: "consent-portal-local",
  clientSecret: "local-dev-secret-change-me",
  redirectUris: [
    "http://localhost:3000/api/auth/callback/idporten",
    "http://localhost:3000/api/altinn-idporten/callback",
  ],
  postLogoutRedirectUris: ["http://localhost:3000/"],
};

function list(value: string | undefined): string[] | undefined {
  const items = value
    ?.split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  return items?.length ? items : undefined;
}

/** Reads EMULATOR_OIDC_* variables; empty values fall back to the defaults. */
export function idportenClientFromEnv(env: EnvironmentVariables): IdportenClientConfig {
  return {
    clientId: env.EMULATOR_OIDC_CLIENT_ID || DEFAULTS.clientId,
    clientSecret: env.EMULATOR_OIDC_CLIENT_SECRET || DEFAULTS.clientSecret,
    redirectUris: list(env.EMULATOR_OIDC_REDIRECT_URIS) ?? DEFAULTS.redirectUris,
    postLogoutRedirectUris: list(env.EMULATOR_OIDC_POST_LOGOUT_REDIRECT_URIS) ?? DEFAULTS.postLogoutRedirectUris,
  };
}
