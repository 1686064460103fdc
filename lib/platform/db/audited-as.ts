import "server-only";
import type { TChange } from "./audited-transaction";

/**
 * What an action's `run` returns for one kind of target: a feature names its target type once
 * (`const audited = auditedAs("membership")`) and each of its actions returns `audited(data, targetId, summary)`.
 * `organisationId` is for platform actions, whose request names no organisation (TAuditEntry); left out otherwise,
 * so the organisation the action helper derived from the request stands.
 */
export function auditedAs(targetType: string) {
  return <R>(data: R, targetId: string | null, summary: string, organisationId?: string): TChange<R> => ({
    data,
    audit: { targetType, targetId, summary, ...(organisationId === undefined ? {} : { organisationId }) },
  });
}
