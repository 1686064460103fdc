import "server-only";
import { ZLastAuthorization, type TLastAuthorization } from "@/lib/platform/auth/last-authorization";
import { db } from "@/lib/platform/db/prisma";

/**
 * What the person's latest Ansattporten login said about whom they may act for (`User.lastAuthorization`, written at
 * login), for the page /access; null after an ID-porten login, before any login, or when the stored value no longer
 * has the expected shape. It only ever names organisations the person's own token named.
 */
export async function readLastAuthorization(userId: string): Promise<TLastAuthorization | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { lastAuthorization: true } });
  const parsed = ZLastAuthorization.safeParse(user?.lastAuthorization);
  return parsed.success ? parsed.data : null;
}
