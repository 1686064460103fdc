import { encode } from "next-auth/jwt";
import type { PrismaClient } from "../../lib/platform/db/create-prisma-client";

// A signed-in visitor's cookie, made as a login makes it and as e2e/support/fixtures.ts mints it: a server-side
// session row (12 hours, as lib/platform/auth/session-policy.ts) named in a JWT sealed with the portal's secret.

const SESSION_MS = 12 * 60 * 60 * 1000;

export async function mintSessionCookie(db: PrismaClient, options: { pid: string; secret: string }): Promise<string> {
  const person = await db.user.findUniqueOrThrow({
    where: { pid: options.pid },
    select: { id: true, pid: true, name: true },
  });
  const session = await db.userSession.create({
    data: { userId: person.id, expiresAt: new Date(Date.now() + SESSION_MS) },
    select: { id: true },
  });
  const value = await encode({
    token: { sub: person.id, userId: person.id, sessionId: session.id, pid: person.pid, name: person.name },
    secret: options.secret,
  });
  return `next-auth.session-token=${value}`;
}
