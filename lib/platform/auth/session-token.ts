import "server-only";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt, type JWTPayload } from "jose";

// The session cookie's JWT, read as next-auth's `getToken` reads it (next-auth 4, jwt/index.js: the cookie's chunks
// joined in order, then `decode`: `jwtDecrypt` with `clockTolerance: 15`, alg "dir", enc "A256GCM") but with the
// encryption key derived once per secret. next-auth derives it again with HKDF for every request (`getDerivedEncryptionKey`:
// HKDF-SHA256 of the secret, empty salt, info "NextAuth.js Generated Encryption Key", 32 bytes); the key is a pure
// function of the secret, so keeping it changes nothing a cookie can do, and a new secret derives a new key.

export type TSessionToken = JWTPayload & { userId?: string; sessionId?: string };

const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string): Uint8Array {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.set(secret, key);
  }
  return key;
}

/** next-auth's cookie name: `__Secure-` when the portal is served over https (its `getToken` default). */
export function sessionCookieName(nextAuthUrl = process.env.NEXTAUTH_URL): string {
  return nextAuthUrl?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** A Cookie header's pairs, values decoded as Next's cookie parser decodes them. */
function parseCookieHeader(header: string): { name: string; value: string }[] {
  return header.split(";").flatMap((part) => {
    const at = part.indexOf("=");
    if (at < 0) return [];
    const raw = part.slice(at + 1).trim();
    let value = raw;
    try {
      value = decodeURIComponent(raw);
    } catch {
      // kept as sent, as Next's parser does with a value that is not valid percent-encoding
    }
    return [{ name: part.slice(0, at).trim(), value }];
  });
}

/**
 * The session cookie's value from the request's Cookie header (`(await cookies()).toString()`), joined from its chunks
 * (`name.0`, `name.1`, … when next-auth split a large one) in the order next-auth's SessionStore joins them (every
 * cookie whose name starts with the session cookie's, by the number after the last dot); undefined when there is none.
 */
export function sessionCookieValue(cookieHeader: string, name = sessionCookieName()): string | undefined {
  const chunks = parseCookieHeader(cookieHeader).filter((cookie) => cookie.name.startsWith(name));
  if (chunks.length === 0) return undefined;
  const suffix = (cookieName: string) => parseInt(cookieName.split(".").pop() ?? "0");
  return chunks
    .sort((a, b) => suffix(a.name) - suffix(b.name))
    .map((cookie) => cookie.value)
    .join("");
}

/** The token's claims, or null when it is not one the portal sealed with this secret, or it has expired. */
export async function decodeSessionToken(token: string | undefined, secret: string): Promise<TSessionToken | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 });
    return payload as TSessionToken;
  } catch {
    return null;
  }
}
