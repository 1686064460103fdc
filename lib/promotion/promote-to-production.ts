import "server-only";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import type { TTx } from "@/lib/platform/db/prisma";
import { AppError } from "@/lib/platform/errors/app-error";
import { comparedObjects, getEnvironmentsComparison } from "./get-environments-comparison";
import {
  promoteAccessList,
  promoteConnection,
  promoteResource,
  promoteScope,
  type TPromotedAudit,
} from "./promote-object";
import { promotionRefusals } from "./promotion-refusals";

// Brings the selected objects from test to production in one transaction: all of them or none. The whole selection is
// checked first (promotion-refusals.ts), then promoted in the order of their dependencies — scopes before the resources
// that reference them, lists before their connections, connections before the resources restricted to them — each
// through the operation a person would use by hand, which queues its upstream changes in this same transaction.

/** The field error each refused object carries (its key is the object's key), translated under `errors.fields`. */
export const PROMOTION_REFUSED_FIELD = "promotionRefused";

const refused = (keys: string[], cause?: AppError) =>
  new AppError(cause?.code ?? "CONFLICT", cause?.messageKey ?? "promotionRefused", {
    values: cause?.options.values ?? { count: keys.length },
    fieldErrors: Object.fromEntries(keys.map((key) => [key, [PROMOTION_REFUSED_FIELD]])),
  });

export async function promoteToProduction(options: {
  tx: TTx;
  organisation: TOrganisationSummary;
  objects: readonly string[];
  /** Who promotes: named in the resource's history (ConsentResourceEvent). */
  actorId?: string | null;
}): Promise<{ key: string; audit: TPromotedAudit }[]> {
  const { tx, organisation } = options;
  // Read in the transaction that writes: what was checked is what is promoted.
  const comparison = await getEnvironmentsComparison({ db: tx, organisation });
  const refusals = promotionRefusals(comparedObjects(comparison), options.objects);
  if (refusals.length > 0) throw refused(refusals.map((refusal) => refusal.key));

  const selected = new Set(options.objects);
  const context = { tx, organisation, actorId: options.actorId ?? null };
  const steps = [
    ...comparison.scopes
      .filter((o) => selected.has(o.key))
      .map((o) => [o.key, () => promoteScope(context, o)] as const),
    ...comparison.accessLists
      .filter((o) => selected.has(o.key))
      .map((o) => [o.key, () => promoteAccessList(context, o)] as const),
    ...comparison.connections
      .filter((o) => selected.has(o.key))
      .map((o) => [o.key, () => promoteConnection(context, o)] as const),
    ...comparison.resources
      .filter((o) => selected.has(o.key))
      .map((o) => [o.key, () => promoteResource(context, o)] as const),
  ];
  const promoted: { key: string; audit: TPromotedAudit }[] = [];
  for (const [key, promote] of steps) {
    try {
      promoted.push({ key, audit: await promote() });
    } catch (error) {
      // The operation's own refusal (e.g. a stale edit), named beside the object; the transaction rolls back whole.
      if (error instanceof AppError) throw refused([key], error);
      throw error;
    }
  }
  return promoted;
}
