import { createHash, randomUUID } from "node:crypto";
import { createRemoteJWKSet, decodeJwt, type JWTPayload, jwtVerify, SignJWT } from "jose";
import { partyUuidOf } from "../consent/party-urn";
import type { EnvName } from "../state/environments";
import { altinnSigningKey } from "./altinn-keys";

// GET /authentication/api/v1/exchange/id-porten: a person's access token for an Altinn token, as
// Altinn/altinn-authentication src/Authentication/Controllers/AuthenticationController.cs (ExchangeExternalSystemToken,
// AuthenticateIdPortenToken) does it: the signature against the identity provider's keys (issuer and audience are not
// checked), the lifetime, an `altinn:` scope (else Forbid: 403), `pid` and `acr` (else 401), the person in Register
// (userId, partyId, party UUID), then the original claims minus aud/iss/at_hash/sid/sub plus Altinn's, expiring with
// the original. Answers without a body on refusal (Unauthorized()/Forbid()).

export type PersonExchange = { token: string } | { status: 401 | 403 };

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
const keysOf = (jwksUrl: string) => {
  let keys = keySets.get(jwksUrl);
  if (!keys) keySets.set(jwksUrl, (keys = createRemoteJWKSet(new URL(jwksUrl))));
  return keys;
};

/** Altinn's ClaimsPrincipal check, against each trusted key set in turn (ID-porten's, then its alternative). */
async function verified(token: string, jwksUrls: readonly string[]): Promise<JWTPayload | undefined> {
  for (const url of jwksUrls) {
    try {
      return (await jwtVerify(token, keysOf(url), { algorithms: ["RS256"], clockTolerance: 10 })).payload;
    } catch {
      // Next key set, as ValidateAndExtractOidcToken falls back to the alternative well-known endpoint.
    }
  }
  return undefined;
}

/** idporten-loa-low/substantial/high → 0/3/4; anything else its last character, as Altinn reads it. */
function authLevelOf(acr: string): number {
  const known: Record<string, number> = {
    "idporten-loa-low": 0,
    "idporten-loa-substantial": 3,
    "idporten-loa-high": 4,
  };
  return known[acr] ?? Number(acr.slice(-1));
}

/** The person's Altinn user: the emulator derives stable ids from the national identity number. */
export function altinnUserOf(pid: string) {
  const number = Number.parseInt(createHash("sha256").update(`emulator-user:${pid}`).digest("hex").slice(0, 7), 16);
  return {
    userId: 1_000_000 + (number % 8_000_000),
    partyId: 50_000_000 + (number % 40_000_000),
    partyUuid: partyUuidOf(`urn:altinn:person:identifier-no:${pid}`),
  };
}

export async function exchangePersonToken(options: {
  authorization: string | undefined;
  env: EnvName;
  issuer: string;
  jwksUrls: readonly string[];
}): Promise<PersonExchange> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(options.authorization ?? "")?.[1];
  if (!bearer) return { status: 401 };
  try {
    decodeJwt(bearer);
  } catch {
    return { status: 401 };
  }
  const original = await verified(bearer, options.jwksUrls);
  if (!original) return { status: 401 };
  const scopes = typeof original.scope === "string" ? original.scope.split(" ") : [];
  if (!scopes.some((scope) => scope.startsWith("altinn:"))) return { status: 403 };
  const { pid, acr } = original;
  if (typeof pid !== "string" || !pid.trim() || typeof acr !== "string" || !acr.trim()) return { status: 401 };
  const user = altinnUserOf(pid);
  const amr = Array.isArray(original.amr) ? original.amr[0] : original.amr;
  const rest = Object.fromEntries(
    Object.entries(original).filter(
      ([name]) => !["aud", "iss", "at_hash", "sid", "sub", "exp", "iat", "nbf", "jti"].includes(name),
    ),
  );
  const key = await altinnSigningKey(options.env);
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({
    nameid: String(user.userId),
    "urn:altinn:userid": String(user.userId),
    "urn:altinn:username": "",
    "urn:altinn:partyid": user.partyId,
    "urn:altinn:party:uuid": user.partyUuid,
    "urn:altinn:authenticatemethod": typeof amr === "string" && amr ? amr : "NotDefined",
    "urn:altinn:authlevel": authLevelOf(acr),
    ...rest,
    sid: randomUUID(),
  })
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setIssuer(options.issuer)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(original.exp ?? now)
    .setJti(randomUUID())
    .sign(key.privateKey);
  return { token };
}
