import "server-only";
import { cache } from "react";
import { db, type TDb } from "@/lib/platform/db/prisma";
import { getSessionToken } from "./get-session-user";
import { openLoginAccessToken } from "./sealed-login-token";

/** The person's ID-porten access token, or why there is none: neither login nor connection gave one, or it ran out. */
export type TLoginAccessTokenResult = { ok: true; token: string } | { ok: false; reason: "missing" | "expired" };

// A token with less than this left is as good as expired: the exchange and the calls after it must fit in it.
const MARGIN_MS = 60_000;

/**
 * The session's ID-porten access token for Altinn, while it is still valid: an ID-porten login's own (start-session.ts),
 * or the one connected after an Ansattporten login (altinn-idporten-callback.ts); kept on the UserSession row, sealed
 * (sealed-login-token.ts), never in the cookie. An ended session has none.
 */
export async function readLoginAccessToken(options: {
  db: TDb;
  sessionId: string;
  now?: Date;
}): Promise<TLoginAccessTokenResult> {
  const session = await options.db.userSession.findUnique({
    where: { id: options.sessionId },
    select: { endedAt: true, loginAccessToken: true, loginAccessTokenExpiresAt: true },
  });
  if (!session || session.endedAt || !session.loginAccessToken || !session.loginAccessTokenExpiresAt)
    return { ok: false, reason: "missing" };
  const now = options.now ?? new Date();
  if (session.loginAccessTokenExpiresAt.getTime() - now.getTime() < MARGIN_MS) return { ok: false, reason: "expired" };
  const token = await openLoginAccessToken(session.loginAccessToken);
  return token ? { ok: true, token } : { ok: false, reason: "missing" };
}

/** The current request's login access token (the session the cookie names); once per request. */
export const currentLoginAccessToken = cache(async (): Promise<TLoginAccessTokenResult> => {
  const sessionId = (await getSessionToken())?.sessionId;
  if (!sessionId) return { ok: false, reason: "missing" };
  return readLoginAccessToken({ db: db(), sessionId });
});
