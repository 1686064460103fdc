import "server-only";
import { inAuditedTransaction } from "@/lib/platform/db/audited-transaction";
import type { TDb } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import { AppError, forbidden } from "@/lib/platform/errors/app-error";
import type { TApiCaller } from "./authenticate-api-token";
import type { TApiTokenScope } from "./schemas";

// Every use of a token is audited in its organisation, named by the token (`AuditEvent.apiTokenId`) and acting as its
// creator: what it did (export, plan, apply) and what it was refused (a scope or environment it does not have).

const describe = (caller: TApiCaller) => `API token "${caller.name}" (${caller.prefix}…)`;

/** Records a use (the token's `lastUsedAt` and the audit event, in one transaction). */
export function auditTokenUse(options: {
  db: TDb;
  caller: TApiCaller;
  action: string;
  summary: string;
  correlationId: string;
}) {
  const { caller } = options;
  const actor = {
    actorId: caller.actorId,
    organisationId: caller.organisation.id,
    action: options.action,
    correlationId: options.correlationId,
    apiTokenId: caller.tokenId,
  };
  return inAuditedTransaction(options.db, actor, async (tx) => {
    await tx.apiToken.update({ where: { id: caller.tokenId }, data: { lastUsedAt: new Date() } });
    return {
      data: null,
      audit: {
        targetType: "api-token",
        targetId: caller.tokenId,
        summary: `${options.summary} with ${describe(caller)}`,
      },
    };
  });
}

/** Whether a token with `scope` may do what `needed` names: an apply token also plans and exports. */
export const scopeAllows = (scope: TApiTokenScope, needed: TApiTokenScope) => scope === "APPLY" || needed === scope;

/**
 * Refuses (FORBIDDEN, audited) a use the token's scope or environments do not cover; the route names the operation
 * as `action` (`definitions.apply`).
 */
export async function authorizeTokenUse(options: {
  db: TDb;
  caller: TApiCaller;
  needed: TApiTokenScope;
  environment: TEnvironment;
  action: string;
  correlationId: string;
}): Promise<void> {
  const { caller, environment } = options;
  const refusal = !scopeAllows(caller.scope, options.needed)
    ? forbidden("apiTokenScope")
    : !caller.environments.includes(environment)
      ? new AppError("FORBIDDEN", "apiTokenEnvironment", { values: { environment: toUpstreamEnv(environment) } })
      : null;
  if (!refusal) return;
  await auditTokenUse({
    ...options,
    action: "api-token.refused",
    summary: `Refused ${options.action} in ${toUpstreamEnv(environment)} (${refusal.messageKey})`,
  });
  throw refusal;
}
