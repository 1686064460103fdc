import "server-only";
import type { TDb } from "@/lib/platform/db/prisma";
import { SESSION_IDLE_TIMEOUT_MS, SESSION_TOUCH_INTERVAL_MS } from "./session-policy";

export type TSessionUser = {
  id: string;
  pid: string;
  name: string | null;
  isPlatformAdmin: boolean;
  /**
   * When the person authenticated at the identity provider: the session row's `createdAt` (start-session.ts), never the
   * cookie's word. Absent when not known (a user that does not come from a session): such a user changes no production.
   */
  authenticatedAt?: Date;
  /** When the session reaches its absolute lifetime (resolve-session.ts refuses it from then on); absent likewise. */
  sessionExpiresAt?: Date;
};

type TSessionRow = {
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  id: string;
  pid: string;
  name: string | null;
  isPlatformAdmin: boolean;
};

/**
 * The user of a session named by a session cookie, or null when the server has ended it (logout, sign out
 * everywhere, a lost right), it has passed its absolute lifetime, or it has been idle too long. An active session's
 * `lastSeenAt` moves forward, conditionally, so two requests at once write it once.
 */
export async function resolveSession(options: {
  db: TDb;
  sessionId: string;
  userId: string;
  now?: Date;
}): Promise<TSessionUser | null> {
  const now = options.now ?? new Date();
  // One statement for the session and its user (Prisma reads a relation with a second one): this runs on every
  // signed-in request.
  const [session] = await options.db.$queryRaw<TSessionRow[]>`
    SELECT s."userId", s."createdAt", s."lastSeenAt", s."expiresAt", s."endedAt",
           u."id", u."pid", u."name", u."isPlatformAdmin"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${options.sessionId}::uuid`;
  if (!session || session.userId !== options.userId || session.endedAt) return null;
  if (now >= session.expiresAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_TIMEOUT_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await options.db.userSession.updateMany({
      where: { id: options.sessionId, endedAt: null, lastSeenAt: { lt: now } },
      data: { lastSeenAt: now },
    });
  }
  const { id, pid, name, isPlatformAdmin } = session;
  return { id, pid, name, isPlatformAdmin, authenticatedAt: session.createdAt, sessionExpiresAt: session.expiresAt };
}
