import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { isValidNationalIdentityNumber } from "@/lib/platform/validation/national-identity-number";
import { startSession } from "./start-session";

/**
 * Creates or updates the portal user for a national identity number from ID-porten. Members can be
 * added before their first login (by number), so the name is filled in here when they arrive. Starts the login's
 * server-side session in the same transaction.
 */
export async function recordLogin(options: {
  pid: string;
  name: string | null;
  /** The ID token's `auth_time`, when the identity provider says when the person authenticated. */
  authenticatedAt?: Date;
}): Promise<{ id: string; sessionId: string }> {
  if (!isValidNationalIdentityNumber(options.pid)) {
    throw new Error("identity provider returned an invalid pid");
  }
  return db().$transaction(async (tx) => {
    const user = await tx.user.upsert({
      where: { pid: options.pid },
      create: { pid: options.pid, name: options.name, lastLoginAt: new Date() },
      update: { name: options.name ?? undefined, lastLoginAt: new Date() },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId: user.id,
        action: "user.login",
        targetType: "user",
        targetId: user.id,
        summary: "Logged in with ID-porten",
        correlationId: crypto.randomUUID(),
      },
    });
    const session = await startSession({ db: tx, userId: user.id, authenticatedAt: options.authenticatedAt });
    return { id: user.id, sessionId: session.id };
  });
}
