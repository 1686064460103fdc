import "server-only";
import { db } from "@/lib/platform/db/prisma";

/** Names of the users who saved versions, by user id (versions keep only the id). */
export async function listVersionAuthors(userIds: (string | null)[]): Promise<Record<string, string>> {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))];
  if (!ids.length) return {};
  const users = await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return Object.fromEntries(users.map((user) => [user.id, user.name ?? "—"]));
}
