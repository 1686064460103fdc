import { createKeyRing } from "../maskinporten/key-ring";
import type { EnvName } from "../state/environments";

/** The key each environment's Altinn platform signs exchanged tokens with; separate from Maskinporten's. */
export const altinnSigningKey = createKeyRing("altinn");

export const ALTINN_AUTHENTICATION_PREFIX = "/platform/authentication";

/** Issuer of exchanged Altinn tokens, as in `iss` and the OpenID configuration. */
export function altinnIssuer(publicUrl: string, env: EnvName): string {
  return `${publicUrl}/${env}${ALTINN_AUTHENTICATION_PREFIX}/api/v1/openid/`;
}
