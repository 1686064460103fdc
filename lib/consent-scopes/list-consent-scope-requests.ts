import "server-only";
import type { Prisma } from "@/lib/db/create-prisma-client";
import { db } from "@/lib/db/prisma";
import { toDbEnvironment } from "@/lib/clients/client-target";
import { CONSENT_SCOPE_TARGET_TYPE } from "./consent-scope-target";

const requestSelect = {
  id: true,
  environment: true,
  status: true,
  reason: true,
  createdAt: true,
  decidedAt: true,
  organisation: { select: { orgNumber: true, name: true } },
} as const satisfies Prisma.ConsentScopeRequestSelect;

/**
 * What the consumer and the administrators see: `granted` only once Maskinporten has both grants (every change of the
 * request synced); `granting` while they are on their way; `failed` with the reason and the change to retry.
 */
export type TConsentScopeState = "pending" | "refused" | "granting" | "granted" | "failed";

export type TConsentScopeRequestView = {
  id: string;
  environment: "test" | "prod";
  state: TConsentScopeState;
  reason: string | null;
  failure: { changeId: string; reason: string | null } | null;
  createdAt: string;
  organisation: { orgNumber: string; name: string };
};

type TRow = Prisma.ConsentScopeRequestGetPayload<{ select: typeof requestSelect }>;

async function withStates(rows: TRow[]): Promise<TConsentScopeRequestView[]> {
  const granted = rows.filter((row) => row.status === "GRANTED").map((row) => row.id);
  const changes = granted.length
    ? await db().upstreamChange.findMany({
        where: { targetType: CONSENT_SCOPE_TARGET_TYPE, targetId: { in: granted } },
        select: { id: true, targetId: true, status: true, lastError: true },
      })
    : [];
  return rows.map((row) => {
    const own = changes.filter((change) => change.targetId === row.id);
    const failed = own.find((change) => change.status === "FAILED");
    let state: TConsentScopeState = row.status === "PENDING" ? "pending" : row.status === "REFUSED" ? "refused" : "granting";
    if (row.status === "GRANTED") state = failed ? "failed" : own.length > 0 && own.every((c) => c.status === "SYNCED") ? "granted" : "granting";
    return {
      id: row.id,
      environment: row.environment === "TEST" ? "test" : "prod",
      state,
      reason: row.reason,
      failure: failed ? { changeId: failed.id, reason: failed.lastError } : null,
      createdAt: row.createdAt.toISOString(),
      organisation: row.organisation,
    };
  });
}

/** The organisation's latest request in the environment, or null. Filtered by organisation in the query. */
export async function latestConsentScopeRequest(options: { organisationId: string; environment: "test" | "prod" }) {
  const row = await db().consentScopeRequest.findFirst({
    where: { organisationId: options.organisationId, environment: toDbEnvironment(options.environment) },
    orderBy: { createdAt: "desc" },
    select: requestSelect,
  });
  return row ? ((await withStates([row]))[0] ?? null) : null;
}

/** For platform administrators: every pending request (oldest first), then the latest decided ones. */
export async function listConsentScopeQueue(options: { decidedLimit?: number } = {}) {
  const [pending, decided] = await Promise.all([
    db().consentScopeRequest.findMany({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, select: requestSelect }),
    db().consentScopeRequest.findMany({
      where: { status: { not: "PENDING" } },
      orderBy: { decidedAt: "desc" },
      take: options.decidedLimit ?? 20,
      select: requestSelect,
    }),
  ]);
  return { pending: await withStates(pending), decided: await withStates(decided) };
}
