import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import { AppError, forbidden } from "@/lib/platform/errors/app-error";
import { REQUEST_PATH_HEADER, returnPathWithin } from "@/lib/platform/http/request-path";
import { requireMembership } from "@/lib/platform/auth/require-membership";
import { getSessionUser } from "./get-session-user";
import { hasRole } from "./roles";

/**
 * The membership, read once per request: the organisation's layout and its page (and the page's metadata) all ask,
 * and React's `cache` hands them the one answer (a redirect or 404 is remembered and thrown again the same way).
 */
const pageMembership = cache(async (orgNumber: string) => {
  const user = await getSessionUser();
  if (!user) {
    const asked = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(`/signin?callbackUrl=${encodeURIComponent(returnPathWithin(asked, `/orgs/${orgNumber}`))}`);
  }
  try {
    const membership = await requireMembership({ db: db(), userId: user.id, orgNumber });
    return { user, ...membership };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

/**
 * For pages under /orgs/[orgNumber]: the logged-in user and their membership. Not logged in sends
 * the user to sign in, and back to the page they asked for afterwards (a deep link to an approval survives the
 * login); not a member is a 404, so the page does not reveal that the organisation exists.
 */
export async function requirePageMembership(orgNumber: string, options: { minimumRole?: Role } = {}) {
  const membership = await pageMembership(orgNumber);
  if (options.minimumRole && !hasRole(membership.role, options.minimumRole)) {
    throw forbidden(`requiresRole.${options.minimumRole}`);
  }
  return membership;
}
