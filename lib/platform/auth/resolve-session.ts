import "server-only";
import type { TDb } from "@/lib/platform/db/prisma";
import { SESSION_IDLE_TIMEOUT_MS, SESSION_TOUCH_INTERVAL_MS } from "./session-policy";

export const sessionUserSelect = { id: true, pid: true, name: true, isPlatformAdmin: true } as const;
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
  const session = await options.db.userSession.findUnique({
    where: { id: options.sessionId },
    select: {
      userId: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      endedAt: true,
      user: { select: sessionUserSelect },
    },
  });
  if (!session || session.userId !== options.userId || session.endedAt) return null;
  if (now >= session.expiresAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_TIMEOUT_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await options.db.userSession.updateMany({
      where: { id: options.sessionId, endedAt: null, lastSeenAt: { lt: now } },
      data: { lastSeenAt: now },
    });
  }
  return { ...session.user, authenticatedAt: session.createdAt };
}
