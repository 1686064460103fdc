import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";

/** Ends one session (logout): a copy of its cookie is refused from the next request on. */
export async function endSession(options: { db: TDb | TTx; sessionId: string; now?: Date }): Promise<void> {
  await options.db.userSession.updateMany({
    where: { id: options.sessionId, endedAt: null },
    data: { endedAt: options.now ?? new Date() },
  });
}

/**
 * Ends every session of a user: "sign out everywhere", and a membership removed or a role changed, so that whatever
 * a session was granted under the old rights stops at once. Returns how many sessions were open.
 */
export async function endAllSessions(options: { db: TDb | TTx; userId: string; now?: Date }): Promise<number> {
  const { count } = await options.db.userSession.updateMany({
    where: { userId: options.userId, endedAt: null },
    data: { endedAt: options.now ?? new Date() },
  });
  return count;
}
