import "server-only";
import type { TDb } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import { logger } from "@/lib/platform/logger";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";
import { checkAccessLists } from "./check-access-lists";
import { checkClients } from "./check-clients";
import { checkContext, type TCheckContext } from "./check-context";
import { checkResources } from "./check-resources";
import { checkScopes } from "./check-scopes";
import type { TDriftObjectType, TDriftResult } from "./drift-fields";
import { recordDriftFindings } from "./record-drift-findings";

const CHECKS: Record<TDriftObjectType, (context: TCheckContext) => Promise<TDriftResult[]>> = {
  scope: checkScopes,
  "consent-resource": checkResources,
  "access-list": checkAccessLists,
  "maskinporten-client": checkClients,
};

const reasonOf = (type: string, error: unknown) =>
  `${type}: ${isUpstreamError(error) ? `${error.upstream} ${error.status ? `HTTP ${error.status}` : error.kind}` : "unexpected error"}`;

/**
 * One organisation's drift check in one environment (the worker's job): every object type compared with upstream;
 * a type whose upstream cannot be read is skipped (its findings kept) and named in the check's `lastError`.
 * The findings are recorded in one transaction with the check's finish time, so the page sees both at once.
 */
export async function runDriftCheck(options: {
  db: TDb;
  organisationId: string;
  environment: TEnvironment;
}): Promise<{ created: number; resolved: number; errors: string[] }> {
  const { db, environment } = options;
  const organisation = await db.organisation.findUnique({
    where: { id: options.organisationId },
    select: { id: true, orgNumber: true, orgCode: true, name: true },
  });
  // Removed since the job was queued: nothing of it is managed any more.
  if (!organisation) return { created: 0, resolved: 0, errors: [] };
  const context = await checkContext(db, organisation, environment);
  const results: TDriftResult[] = [];
  const errors: string[] = [];
  for (const [type, check] of Object.entries(CHECKS)) {
    try {
      results.push(...(await check(context)));
    } catch (error) {
      logger.warn({ err: error, type, environment, organisation: organisation.orgNumber }, "drift check failed");
      errors.push(reasonOf(type, error));
    }
  }
  return db.$transaction(async (tx) => {
    const recorded = await recordDriftFindings({ tx, organisation, environment, results });
    const finished = { finishedAt: new Date(), lastError: errors.length ? errors.join("; ") : null };
    await tx.driftCheck.upsert({
      where: { organisationId_environment: { organisationId: organisation.id, environment } },
      create: { organisationId: organisation.id, environment, ...finished },
      update: finished,
    });
    return { ...recorded, errors };
  });
}
