import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import { CONSENT_SCOPE_TARGET_TYPE } from "./consent-scope-target";
import { toUpstreamEnv, fromUpstreamEnv, type TUpstreamEnvironment } from "@/lib/platform/environment";

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
  environment: TUpstreamEnvironment;
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
    let state: TConsentScopeState =
      row.status === "PENDING" ? "pending" : row.status === "REFUSED" ? "refused" : "granting";
    if (row.status === "GRANTED")
      state = failed ? "failed" : own.length > 0 && own.every((c) => c.status === "SYNCED") ? "granted" : "granting";
    return {
      id: row.id,
      environment: toUpstreamEnv(row.environment),
      state,
      reason: row.reason,
      failure: failed ? { changeId: failed.id, reason: failed.lastError } : null,
      createdAt: row.createdAt.toISOString(),
      organisation: row.organisation,
    };
  });
}

/** The organisation's latest request in the environment, or null. Filtered by organisation in the query. */
export async function latestConsentScopeRequest(options: {
  organisationId: string;
  environment: TUpstreamEnvironment;
}) {
  const row = await db().consentScopeRequest.findFirst({
    where: { organisationId: options.organisationId, environment: fromUpstreamEnv(options.environment) },
    orderBy: { createdAt: "desc" },
    select: requestSelect,
  });
  return row ? ((await withStates([row]))[0] ?? null) : null;
}

/** For platform administrators: every pending request (oldest first), then the latest decided ones. */
export async function listConsentScopeQueue(options: { decidedLimit?: number } = {}) {
  const [pending, decided] = await Promise.all([
    db().consentScopeRequest.findMany({
      where: { status: "PENDING" },
      orderBy: { createdAt: "asc" },
      select: requestSelect,
    }),
    db().consentScopeRequest.findMany({
      where: { status: { not: "PENDING" } },
      orderBy: { decidedAt: "desc" },
      take: options.decidedLimit ?? 20,
      select: requestSelect,
    }),
  ]);
  return { pending: await withStates(pending), decided: await withStates(decided) };
}
