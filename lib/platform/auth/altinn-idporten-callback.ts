import "server-only";
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from "jose";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { logger } from "@/lib/platform/logger";
import type { TAltinnIdportenClient, TIdportenMetadata } from "./altinn-idporten-client";
import type { TPendingConnect } from "./altinn-idporten-start";
import { resolveSession } from "./resolve-session";
import { sealLoginAccessToken } from "./sealed-login-token";

// ID-porten's answer to the connection for Altinn (altinn-idporten-start.ts): the state and session it was started
// with, the code redeemed with the PKCE verifier, the ID token's signature, issuer, audience and nonce, and the access
// token's signature and issuer; then both must name the signed-in person (`pid`). Only then is the access token kept
// on the session row (the fields of the login's token: lib/platform/auth/login-access-token.ts reads it from there),
// never in a cookie, and the connection audited without it.

/** Why no token was kept: a mismatched or stale start, the person cancelling, another person, or ID-porten failing. */
export type TConnectProblem = "state" | "cancelled" | "otherPerson" | "failed";
export type TConnectOutcome = { ok: true } | { ok: false; problem: TConnectProblem };

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function keysOf(jwksUri: string) {
  let keys = keySets.get(jwksUri);
  if (!keys) keySets.set(jwksUri, (keys = createRemoteJWKSet(new URL(jwksUri))));
  return keys;
}

/** Redeems the code at ID-porten's token endpoint (client_secret_basic, RFC 6749 2.3.1). */
async function redeem(options: {
  client: TAltinnIdportenClient;
  metadata: TIdportenMetadata;
  code: string;
  verifier: string;
}) {
  const { client } = options;
  const basic = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`;
  const response = await fetch(options.metadata.token_endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      authorization: `Basic ${Buffer.from(basic).toString("base64")}`,
    },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code: options.code,
      redirect_uri: client.redirectUri,
      code_verifier: options.verifier,
    }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`ID-porten's token endpoint answered ${response.status}`);
  const tokens = (await response.json()) as { id_token?: unknown; access_token?: unknown };
  if (typeof tokens.id_token !== "string" || typeof tokens.access_token !== "string")
    throw new Error("ID-porten's token response lacks an ID token or an access token");
  return { idToken: tokens.id_token, accessToken: tokens.access_token };
}

/** Both tokens verified; the access token must be a JWT with an expiry (Altinn exchanges only such). */
async function verifiedTokens(options: {
  client: TAltinnIdportenClient;
  metadata: TIdportenMetadata;
  tokens: { idToken: string; accessToken: string };
}): Promise<{ id: JWTPayload; access: JWTPayload & { exp: number } }> {
  const keys = keysOf(options.metadata.jwks_uri);
  const issuer = options.metadata.issuer;
  const id = (await jwtVerify(options.tokens.idToken, keys, { issuer, audience: options.client.clientId })).payload;
  const access = (await jwtVerify(options.tokens.accessToken, keys, { issuer })).payload;
  if (typeof access.exp !== "number") throw new Error("ID-porten's access token has no expiry");
  return { id, access: { ...access, exp: access.exp } };
}

async function audit(
  db: TDb | TTx,
  entry: { userId: string; sessionId: string; orgNumber: string; connected: boolean },
) {
  // The organisation whose page asked for it, when it is in the portal (the connection itself is the person's).
  const organisationId = (await db.organisation.findUnique({ where: { orgNumber: entry.orgNumber } }))?.id ?? null;
  await db.auditEvent.create({
    data: {
      actorId: entry.userId,
      organisationId,
      action: entry.connected ? "altinn-idporten.connect" : "altinn-idporten.refuse",
      targetType: "userSession",
      targetId: entry.sessionId,
      summary: entry.connected
        ? "Connected ID-porten for Altinn's end-user APIs (supplier delegations)"
        : "Refused an ID-porten connection for Altinn: it named another person than the one signed in",
      correlationId: crypto.randomUUID(),
    },
  });
}

/** Completes the connection for the signed-in session `sessionId` of `userId`. */
export async function completeAltinnIdportenConnect(options: {
  db: TDb;
  client: TAltinnIdportenClient;
  metadata: TIdportenMetadata;
  pending: TPendingConnect | null;
  query: URLSearchParams;
  sessionId: string;
  userId: string;
  now?: Date;
}): Promise<TConnectOutcome> {
  const { db, pending, query, sessionId, userId } = options;
  const state = query.get("state");
  if (!pending || !state || state !== pending.state || pending.sessionId !== sessionId)
    return { ok: false, problem: "state" };
  if (query.get("error")) return { ok: false, problem: "cancelled" };
  const code = query.get("code");
  const user = await resolveSession({ db, sessionId, userId, now: options.now });
  if (!code || !user) return { ok: false, problem: "state" };
  let verified: Awaited<ReturnType<typeof verifiedTokens>>;
  try {
    const tokens = await redeem({ ...options, code, verifier: pending.verifier });
    verified = await verifiedTokens({ ...options, tokens });
    if (verified.id.nonce !== pending.nonce) return { ok: false, problem: "state" };
    const samePerson = verified.id.pid === user.pid && verified.access.pid === user.pid;
    if (!samePerson) {
      await audit(db, { userId, sessionId, orgNumber: pending.orgNumber, connected: false });
      return { ok: false, problem: "otherPerson" };
    }
    const sealed = await sealLoginAccessToken(tokens.accessToken);
    await db.$transaction(async (tx) => {
      await tx.userSession.update({
        where: { id: sessionId },
        data: {
          loginAccessToken: sealed,
          loginAccessTokenExpiresAt: new Date(verified.access.exp * 1000),
        },
      });
      await audit(tx, { userId, sessionId, orgNumber: pending.orgNumber, connected: true });
    });
    return { ok: true };
  } catch (error) {
    logger.warn({ err: error instanceof Error ? error.message : String(error) }, "ID-porten connection failed");
    return { ok: false, problem: "failed" };
  }
}
