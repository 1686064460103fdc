import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";

/** The audit actions that bring an organisation into the portal (organisation-actions.ts, lib/platform/auth/record-login.ts). */
const ORIGIN_ACTIONS = {
  "organisation.set-up-at-login": "setUpAtLogin",
  "organisation.register": "registered",
} as const;

const organisationRowSelect = {
  orgNumber: true,
  name: true,
  orgCode: true,
  scopePrefix: true,
  createdAt: true,
  _count: { select: { memberships: { where: { active: true } } } },
  auditEvents: {
    where: { action: { in: Object.keys(ORIGIN_ACTIONS) } },
    orderBy: { createdAt: "asc" },
    take: 1,
    select: { action: true, actor: { select: { name: true } } },
  },
} as const satisfies Prisma.OrganisationSelect;

type TSelected = Prisma.OrganisationGetPayload<{ select: typeof organisationRowSelect }>;
export type TOrganisationOrigin = {
  /** How the organisation came into the portal; `unknown` for one written directly (the demo data, a migration). */
  kind: "setUpAtLogin" | "registered" | "unknown";
  /** The person who set it up or registered it, when known. */
  by: string | null;
  at: Date;
};
export type TOrganisationRow = Omit<TSelected, "_count" | "auditEvents" | "createdAt"> & {
  memberCount: number;
  origin: TOrganisationOrigin;
};

/** Every organisation in the portal with how it came: for platform administrators only (the caller checks). */
export async function listOrganisations(): Promise<TOrganisationRow[]> {
  const rows = await db().organisation.findMany({ select: organisationRowSelect, orderBy: { name: "asc" } });
  return rows.map(({ _count, auditEvents, createdAt, ...row }) => {
    const [event] = auditEvents;
    const kind = event ? ORIGIN_ACTIONS[event.action as keyof typeof ORIGIN_ACTIONS] : "unknown";
    return { ...row, memberCount: _count.memberships, origin: { kind, by: event?.actor?.name ?? null, at: createdAt } };
  });
}
