import { compactVerify, decodeProtectedHeader, importJWK, type JWTPayload } from "jose";
import type { Client } from "./model";
import type { MaskinportenState } from "./maskinporten-store";
import { OAuthError } from "./oauth-error";

const MAX_CLOCK_SKEW_SECONDS = 10;
const MAX_LIFETIME_SECONDS = 120;
// A jti is remembered a while past the assertion's exp, so a replay right at expiry is caught too.
const JTI_MARGIN_SECONDS = 60;

export interface VerifiedAssertion {
  client: Client;
  claims: JWTPayload & Record<string, unknown>;
}

/**
 * Client authentication by JWT grant (Maskinporten's rules): RS256 with the kid of a key registered on the client
 * named by `iss`, a valid signature, `aud` exactly the issuer, `iat` within ±10 s, a lifetime of at most 120 s,
 * and a `jti` never used before by that client.
 */
export async function verifyAssertion(
  state: MaskinportenState,
  assertion: string,
  issuer: string,
): Promise<VerifiedAssertion> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let unverified: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(assertion);
    const payloadPart = assertion.split(".")[1] ?? "";
    unverified = JSON.parse(Buffer.from(payloadPart, "base64url").toString("utf8")) as Record<string, unknown>;
  } catch {
    throw new OAuthError("invalid_grant", "The assertion is not a well-formed JWT");
  }
  if (header.alg !== "RS256")
    throw new OAuthError("invalid_grant", `Assertion alg must be RS256, got ${header.alg ?? "none"}`);

  const clientId = unverified.iss;
  if (typeof clientId !== "string") throw new OAuthError("invalid_client", "The assertion has no iss (client_id)");
  const client = state.clients.get(clientId);
  if (!client || !client.active) throw new OAuthError("invalid_client", `Unknown client_id ${clientId}`);
  if (typeof header.kid !== "string") throw new OAuthError("invalid_client", "The assertion header has no kid");
  const jwk = client.jwks.find((key) => key.kid === header.kid);
  if (!jwk) throw new OAuthError("invalid_client", `kid ${header.kid} is not registered on client ${clientId}`);

  let claims: JWTPayload & Record<string, unknown>;
  try {
    const key = await importJWK({ ...jwk, alg: "RS256" }, "RS256");
    const { payload } = await compactVerify(assertion, key, { algorithms: ["RS256"] });
    claims = JSON.parse(new TextDecoder().decode(payload)) as JWTPayload & Record<string, unknown>;
  } catch {
    throw new OAuthError("invalid_grant", `Invalid assertion signature for kid ${header.kid}`);
  }

  checkTimes(claims, issuer);
  rememberJti(state, clientId, claims);
  return { client, claims };
}

function checkTimes(claims: JWTPayload, issuer: string): void {
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(issuer)) {
    throw new OAuthError("invalid_grant", `Invalid aud ${JSON.stringify(claims.aud)}: must be exactly ${issuer}`);
  }
  const now = Math.floor(Date.now() / 1000);
  const { iat, exp } = claims;
  if (typeof iat !== "number" || typeof exp !== "number") {
    throw new OAuthError("invalid_grant", "The assertion must carry numeric iat and exp");
  }
  if (Math.abs(now - iat) > MAX_CLOCK_SKEW_SECONDS) {
    throw new OAuthError(
      "invalid_grant",
      `iat ${iat} is more than ${MAX_CLOCK_SKEW_SECONDS} s from the server time ${now}`,
    );
  }
  if (exp - iat > MAX_LIFETIME_SECONDS) {
    throw new OAuthError("invalid_grant", `exp - iat is ${exp - iat} s; at most ${MAX_LIFETIME_SECONDS} s is allowed`);
  }
  if (exp <= now) throw new OAuthError("invalid_grant", "The assertion has expired");
}

function rememberJti(state: MaskinportenState, clientId: string, claims: JWTPayload): void {
  const now = Math.floor(Date.now() / 1000);
  for (const [key, forgetAfter] of state.usedJtis) if (forgetAfter < now) state.usedJtis.delete(key);
  if (typeof claims.jti !== "string" || claims.jti === "")
    throw new OAuthError("invalid_grant", "The assertion has no jti");
  const key = `${clientId} ${claims.jti}`;
  if (state.usedJtis.has(key)) throw new OAuthError("invalid_grant", `jti ${claims.jti} has already been used`);
  state.usedJtis.set(key, (claims.exp ?? now) + JTI_MARGIN_SECONDS);
}
