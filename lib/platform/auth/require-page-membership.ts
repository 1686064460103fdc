import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import { AppError } from "@/lib/platform/errors/app-error";
import { requireMembership } from "@/lib/platform/auth/require-membership";
import { getSessionUser } from "./get-session-user";

/**
 * For pages under /orgs/[orgNumber]: the logged-in user and their membership. Not logged in sends
 * the user to sign in; not a member is a 404, so the page does not reveal that the organisation exists.
 */
export async function requirePageMembership(orgNumber: string, options: { minimumRole?: Role } = {}) {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/orgs/${orgNumber}`)}`);
  try {
    const membership = await requireMembership({ db: db(), userId: user.id, orgNumber, ...options });
    return { user, ...membership };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
