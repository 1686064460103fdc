import "server-only";
import { cache } from "react";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import type { TOrganisationSummary } from "./require-membership";

export type TUserMembership = {
  organisation: TOrganisationSummary;
  role: Role;
  /** Notifications of the organisation newer than this are unread for this member (lib/notifications). */
  notificationsSeenAt: Date | null;
};

/**
 * A user's active memberships with their organisations, by organisation name, in one statement, read once per request
 * (React `cache`: nothing is kept between requests, so a changed role or a lost right shows on the next one). The
 * header's switcher and indicator and the organisation's layout and page all read this one answer. An inactive
 * membership (an Altinn right the latest login did not represent) grants nothing and is left out, as in
 * requireMembership.
 */
export const userMemberships = cache(async (userId: string): Promise<TUserMembership[]> => {
  const rows = await db().$queryRaw<(TOrganisationSummary & { role: Role; notificationsSeenAt: Date | null })[]>`
    SELECT o."id", o."orgNumber", o."name", o."orgCode", o."scopePrefix", m."role"::text AS "role",
           m."notificationsSeenAt"
    FROM "Membership" m JOIN "Organisation" o ON o."id" = m."organisationId"
    WHERE m."userId" = ${userId}::uuid AND m."active"
    ORDER BY o."name" ASC, o."id" ASC`;
  return rows.map(({ role, notificationsSeenAt, ...organisation }) => ({ organisation, role, notificationsSeenAt }));
});
