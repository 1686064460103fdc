import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { forbidden } from "@/lib/platform/errors/app-error";
import { REQUEST_PATH_HEADER, returnPathWithin } from "@/lib/platform/http/request-path";
import { getSessionUser } from "./get-session-user";
import { hasRole } from "./roles";
import { userMemberships } from "./user-memberships";

/**
 * The membership, read once per request: the organisation's layout and its page (and the page's metadata) all ask,
 * and React's `cache` hands them the one answer (a redirect or 404 is remembered and thrown again the same way). A
 * non-member gets a 404, never a 403, so the page does not reveal which organisations exist.
 */
const pageMembership = cache(async (orgNumber: string) => {
  const user = await getSessionUser();
  if (!user) {
    const asked = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(`/signin?callbackUrl=${encodeURIComponent(returnPathWithin(asked, `/orgs/${orgNumber}`))}`);
  }
  // The user's memberships are read once per request for the header too (user-memberships.ts); the one for this
  // organisation is among them, with the same rule as requireMembership (active only).
  const membership = (await userMemberships(user.id)).find((entry) => entry.organisation.orgNumber === orgNumber);
  if (!membership) notFound();
  return { user, organisation: membership.organisation, role: membership.role };
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
