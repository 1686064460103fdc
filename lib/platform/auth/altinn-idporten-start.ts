import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { z } from "zod";
import { SUPPLIER_API_SCOPES } from "@/lib/platform/upstream/supplier-api-scopes";
import type { TAltinnIdportenClient, TIdportenMetadata } from "./altinn-idporten-client";

// The start of the connection to ID-porten for Altinn (altinn-idporten-client.ts says why it exists): an
// authorization-code request with PKCE (S256), `state` and `nonce`, asking only for Altinn's end-user scopes. What the
// callback must check comes back in an encrypted, short-lived cookie bound to the portal session that started it.

/** The cookie holding the pending connection (httpOnly, path of the callback, ten minutes). */
export const CONNECT_COOKIE = "altinn-idporten-connect";
export const CONNECT_MAX_AGE_SECONDS = 10 * 60;
// A key of its own, derived from NEXTAUTH_SECRET: a session cookie does not decrypt as a pending connection.
const SALT = "altinn-idporten-connect";

/**
 * ID-porten's scopes for the supplier page: the supplier-delegation API's end-user scopes (reading consumers included),
 * nothing else; `openid` for the ID token that names the person.
 */
export const ALTINN_IDPORTEN_SCOPES = ["openid", ...Object.values(SUPPLIER_API_SCOPES)].join(" ");

const ZPendingConnect = z.object({
  state: z.string().min(32),
  nonce: z.string().min(32),
  verifier: z.string().min(43),
  sessionId: z.string().min(1),
  orgNumber: z.string().regex(/^\d{9}$/),
});
export type TPendingConnect = z.infer<typeof ZPendingConnect>;

const random = () => randomBytes(32).toString("base64url");

/** The authorization URL to send the person to, and the cookie value that remembers what it asked. */
export async function startAltinnIdportenConnect(options: {
  client: TAltinnIdportenClient;
  metadata: TIdportenMetadata;
  sessionId: string;
  orgNumber: string;
  secret: string;
}): Promise<{ url: string; cookie: string }> {
  const pending: TPendingConnect = {
    state: random(),
    nonce: random(),
    verifier: random(),
    sessionId: options.sessionId,
    orgNumber: options.orgNumber,
  };
  const url = new URL(options.metadata.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: options.client.clientId,
    redirect_uri: options.client.redirectUri,
    response_type: "code",
    scope: ALTINN_IDPORTEN_SCOPES,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: createHash("sha256").update(pending.verifier).digest("base64url"),
    code_challenge_method: "S256",
    // Altinn reads the level from `acr` (substantial: authentication level 3).
    acr_values: "idporten-loa-substantial",
    // A login every time: an ID-porten session already in the browser may be another person's (a shared computer, or
    // the attempt just refused), which would otherwise be reused without a word.
    prompt: "login",
  }).toString();
  const cookie = await encode({ token: pending, secret: options.secret, salt: SALT, maxAge: CONNECT_MAX_AGE_SECONDS });
  return { url: url.toString(), cookie };
}

/** The pending connection the cookie names; null when there is none, it has expired or was not the portal's. */
export async function readPendingConnect(cookie: string | undefined, secret: string): Promise<TPendingConnect | null> {
  if (!cookie) return null;
  try {
    const parsed = ZPendingConnect.safeParse(await decode({ token: cookie, secret, salt: SALT }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
