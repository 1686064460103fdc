import "server-only";
import { decode, encode } from "next-auth/jwt";
import { z } from "zod";
import { env } from "@/lib/platform/config/env";
import { SESSION_ABSOLUTE_LIFETIME_MS } from "./session-policy";

// The person's ID-porten access token is a bearer credential for Altinn's end-user APIs: it is kept on the UserSession
// row encrypted, not in clear, so a database dump or a read replica does not hand out working tokens. Sealed as the
// portal's other server-side secrets are (altinn-idporten-start.ts): next-auth's JWE (dir + A256GCM) under a key of
// its own, HKDF-derived from NEXTAUTH_SECRET with this salt, so neither a session cookie nor a pending connection
// opens as a token. It cannot outlive the session it belongs to; the token's own expiry is checked on the row.
const SALT = "login-access-token";
const ZSealed = z.object({ accessToken: z.string().min(1) });

/** The token as it is stored on the session row. */
export async function sealLoginAccessToken(accessToken: string, secret = env().NEXTAUTH_SECRET): Promise<string> {
  return encode({ token: { accessToken }, secret, salt: SALT, maxAge: SESSION_ABSOLUTE_LIFETIME_MS / 1000 });
}

/** The token a stored value holds; null when it was not sealed by the portal with this secret (or was stored in clear
 * before sealing existed: such a session connects ID-porten again). */
export async function openLoginAccessToken(sealed: string, secret = env().NEXTAUTH_SECRET): Promise<string | null> {
  try {
    const parsed = ZSealed.safeParse(await decode({ token: sealed, secret, salt: SALT }));
    return parsed.success ? parsed.data.accessToken : null;
  } catch {
    return null;
  }
}
