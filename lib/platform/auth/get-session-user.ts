import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { env } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/prisma";
import { resolveSession, type TSessionUser } from "./resolve-session";
import { decodeSessionToken, sessionCookieValue } from "./session-token";

export type { TSessionUser } from "./resolve-session";

/** The claims of the request's session cookie (session-token.ts), read once per request; null when there is none. */
export const getSessionToken = cache(async () =>
  // Only the cookie: an `Authorization: Bearer` header, which next-auth's getToken would also read, is no way in.
  decodeSessionToken(sessionCookieValue((await cookies()).toString()), env().NEXTAUTH_SECRET),
);

/**
 * The logged-in user, read fresh from the database once per request; null when not logged in. The cookie only names
 * a server-side session (lib/platform/auth/resolve-session.ts): a cookie copied before logout, past the absolute
 * lifetime or idle too long opens nothing. A cookie without a session id (minted before sessions were kept) is refused.
 */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const token = await getSessionToken();
  if (!token?.userId || !token.sessionId) return null;
  return resolveSession({ db: db(), sessionId: token.sessionId, userId: token.userId });
});
