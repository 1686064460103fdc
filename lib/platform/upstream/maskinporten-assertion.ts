import "server-only";
import { randomUUID } from "node:crypto";
import { SignJWT, type CryptoKey } from "jose";

// The JWT-bearer grant assertion (RFC 7523) the portal signs to get a Maskinporten token. Claims per Digdir's
// "JWT grant" docs: aud = Maskinporten's issuer, iss = our client id, a fresh jti per attempt (Maskinporten
// rejects a reused jti), and a lifetime of at most 120 s (we use 60 s).

export const ASSERTION_LIFETIME_SECONDS = 60;

export interface TAuthorizationDetail {
  type: string;
  [field: string]: unknown;
}

export interface AssertionInput {
  key: CryptoKey;
  kid: string;
  clientId: string;
  audience: string;
  scopes: readonly string[];
  /** The organisation the token is for, when the portal acts for someone who delegated the scope to it. */
  consumerOrg?: string;
  /** Audience restriction of the access token (Maskinporten `resource`). */
  resource?: string;
  authorizationDetails?: readonly TAuthorizationDetail[];
  /** Seconds since the epoch; for tests. */
  now?: number;
}

export async function signMaskinportenAssertion(input: AssertionInput): Promise<string> {
  const iat = input.now ?? Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = { scope: input.scopes.join(" ") };
  if (input.consumerOrg) claims.consumer_org = input.consumerOrg;
  if (input.resource) claims.resource = input.resource;
  if (input.authorizationDetails?.length) claims.authorization_details = input.authorizationDetails;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: input.kid })
    .setAudience(input.audience)
    .setIssuer(input.clientId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ASSERTION_LIFETIME_SECONDS)
    .setJti(randomUUID())
    .sign(input.key);
}
