import "server-only";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { SESSION_ABSOLUTE_LIFETIME_MS } from "./session-policy";

/** A new server-side session for a login; its id is all the session cookie carries besides the user. */
export async function startSession(options: { db: TDb | TTx; userId: string; now?: Date }): Promise<{ id: string }> {
  const now = options.now ?? new Date();
  return options.db.userSession.create({
    data: {
      userId: options.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_LIFETIME_MS),
    },
    select: { id: true },
  });
}
