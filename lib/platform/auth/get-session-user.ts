import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/platform/db/prisma";
import { authOptions } from "./auth-options";

export const sessionUserSelect = { id: true, pid: true, name: true, isPlatformAdmin: true } as const;
export type TSessionUser = { id: string; pid: string; name: string | null; isPlatformAdmin: boolean };

/** The logged-in user, read fresh from the database once per request; null when not logged in. */
export const getSessionUser = cache(async (): Promise<TSessionUser | null> => {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  return db().user.findUnique({ where: { id: userId }, select: sessionUserSelect });
});
