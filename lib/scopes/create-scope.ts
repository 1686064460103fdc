import "server-only";
import { withPrismaErrors } from "@/lib/platform/db/map-prisma-error";
import type { TTx } from "@/lib/platform/db/prisma";
import { validationError } from "@/lib/platform/errors/app-error";
import { enqueueScopeUpsert } from "./enqueue-scope-change";
import { scopeColumns, scopeSelect, toScope, type TScope } from "./scope-dto";
import { requireScopePrefix } from "./scope-guards";
import type { TScopeFields } from "./schemas";
import { type TUpstreamEnvironment, fromUpstreamEnv } from "@/lib/platform/environment";

/**
 * Creates a scope `{organisation's prefix}:{subscope}` in one environment and queues it for Maskinporten. A name is
 * taken forever there (deactivated scopes included), so an existing row with the name, active or not, refuses it.
 */
export async function createScope(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string; scopePrefix: string | null };
  environment: TUpstreamEnvironment;
  subscope: string;
  fields: TScopeFields;
}): Promise<{ scope: TScope; changeId: string }> {
  const { tx, organisation, subscope, fields } = options;
  const prefix = requireScopePrefix(organisation);
  const environment = fromUpstreamEnv(options.environment);
  const existing = await tx.maskinportenScope.findUnique({
    where: { environment_prefix_subscope: { environment, prefix, subscope } },
    select: { active: true },
  });
  if (existing) throw validationError({ subscope: [existing.active ? "scopeExists" : "scopeExistsDeactivated"] });
  const insert = () =>
    tx.maskinportenScope.create({
      data: {
        organisationId: organisation.id,
        environment,
        prefix,
        subscope,
        ...scopeColumns(fields),
      },
      select: scopeSelect,
    });
  // Another editor may have created the same name a moment ago.
  const row = await withPrismaErrors(insert, { uniqueViolation: () => validationError({ subscope: ["scopeExists"] }) });
  const scope = toScope(row);
  const { changeId } = await enqueueScopeUpsert({ tx, organisation, scope });
  return { scope, changeId };
}
