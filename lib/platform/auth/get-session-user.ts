import "server-only";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { cache } from "react";
import { env } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/prisma";
import { resolveSession, type TSessionUser } from "./resolve-session";

export { sessionUserSelect, type TSessionUser } from "./resolve-session";

/**
 * The logged-in user, read fresh from the database once per request; null when not logged in. The cookie only names
 * a server-side session (lib/platform/auth/resolve-session.ts): a cookie copied before logout, past the absolute
 * lifetime or idle too long opens nothing. A cookie without a session id (minted before sessions were kept) is refused.
 */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  // Only the cookie: an `Authorization: Bearer` header, which getToken would also read, is no way into the portal.
  // getToken reads the cookie (in chunks when large) from a request; this one carries the cookies and nothing else.
  const cookieHeader = (await cookies()).toString();
  const req = new NextRequest("http://portal.invalid/", { headers: { cookie: cookieHeader } });
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET });
  if (!token?.userId || !token.sessionId) return null;
  return resolveSession({ db: db(), sessionId: token.sessionId, userId: token.userId });
});
