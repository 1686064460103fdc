import "server-only";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import { forbidden, notFound } from "@/lib/platform/errors/app-error";
import { hasRole } from "./roles";

export const organisationSummarySelect = {
  id: true,
  orgNumber: true,
  name: true,
  orgCode: true,
  scopePrefix: true,
} as const;

export type TOrganisationSummary = {
  id: string;
  orgNumber: string;
  name: string;
  orgCode: string | null;
  scopePrefix: string | null;
};

export type TMembershipContext = { organisation: TOrganisationSummary; role: Role };

/**
 * The caller's membership of an organisation. A non-member gets NOT_FOUND, never FORBIDDEN, so that
 * the portal does not reveal which organisations exist; a member whose role is too low gets FORBIDDEN.
 */
export async function requireMembership(options: {
  db: TDb | TTx;
  userId: string;
  orgNumber: string;
  minimumRole?: Role;
}): Promise<TMembershipContext> {
  const membership = await options.db.membership.findFirst({
    // An inactive membership (an Altinn right the latest login did not represent) is no membership.
    where: { userId: options.userId, active: true, organisation: { orgNumber: options.orgNumber } },
    select: { role: true, organisation: { select: organisationSummarySelect } },
  });
  if (!membership) throw notFound("organisationNotFound");
  if (options.minimumRole && !hasRole(membership.role, options.minimumRole)) {
    throw forbidden(`requiresRole.${options.minimumRole}`);
  }
  return membership;
}
