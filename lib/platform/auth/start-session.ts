import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { sealLoginAccessToken } from "./sealed-login-token";
import { SESSION_ABSOLUTE_LIFETIME_MS } from "./session-policy";

export type TLoginAccessToken = { token: string; expiresAt: Date };

/**
 * A new server-side session for a login; its id is all the session cookie carries besides the user. Its `createdAt` is
 * when the person authenticated: the identity provider's `auth_time` when it gives one (a login that the IdP answered
 * from its own earlier session keeps that earlier time, so it does not pass for a fresh one), never later than now.
 * Production changes ask for a recent one (lib/platform/auth/recent-login.ts); the lifetime counts from now.
 */
export async function startSession(options: {
  db: TDb | TTx;
  userId: string;
  authenticatedAt?: Date;
  /** The login's access token and its expiry (kept on the server only; lib/platform/auth/login-access-token.ts). */
  loginAccessToken?: TLoginAccessToken;
  now?: Date;
}): Promise<{ id: string }> {
  const now = options.now ?? new Date();
  const authenticatedAt = options.authenticatedAt && options.authenticatedAt < now ? options.authenticatedAt : now;
  const sealed = options.loginAccessToken && (await sealLoginAccessToken(options.loginAccessToken.token));
  return options.db.userSession.create({
    data: {
      userId: options.userId,
      createdAt: authenticatedAt,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_LIFETIME_MS),
      loginAccessToken: sealed,
      loginAccessTokenExpiresAt: options.loginAccessToken?.expiresAt,
    },
    select: { id: true },
  });
}
