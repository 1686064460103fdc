import "server-only";
import type { JWT } from "next-auth/jwt";
import { inAuditedTransaction } from "@/lib/platform/db/audited-transaction";
import { db } from "@/lib/platform/db/prisma";
import { endAllSessions, endSession } from "./end-sessions";

/**
 * Ends the session a logout cookie names, or with `everywhere` every session of its user (audited, as it touches
 * other devices). A cookie that names no session (already ended, or never kept) has nothing to end.
 */
export async function signOut(options: { token: JWT | null; everywhere: boolean }): Promise<void> {
  const { token, everywhere } = options;
  if (!token?.userId || !token.sessionId) return;
  const userId = token.userId;
  if (!everywhere) return endSession({ db: db(), sessionId: token.sessionId });
  const actor = { actorId: userId, action: "user.sessions.end-all", correlationId: crypto.randomUUID() };
  await inAuditedTransaction(db(), actor, async (tx) => {
    const ended = await endAllSessions({ db: tx, userId });
    return {
      data: ended,
      audit: { targetType: "user", targetId: userId, summary: `Signed out everywhere (${ended} sessions)` },
    };
  });
}
