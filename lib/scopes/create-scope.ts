import "server-only";
import type { TTx } from "@/lib/db/prisma";
import { validationError } from "@/lib/errors/app-error";
import { enqueueScopeUpsert } from "./enqueue-scope-change";
import { scopeSelect, toScope, type TScope } from "./scope-dto";
import { requireScopePrefix } from "./scope-guards";
import type { TScopeEnvironment, TScopeFields } from "./schemas";
import { toDbEnvironment } from "./scope-target";

const isUniqueViolation = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

/**
 * Creates a scope `{organisation's prefix}:{subscope}` in one environment and queues it for Maskinporten. A name is
 * taken forever there (deactivated scopes included), so an existing row with the name, active or not, refuses it.
 */
export async function createScope(options: {
  tx: TTx;
  organisation: { id: string; orgNumber: string; scopePrefix: string | null };
  environment: TScopeEnvironment;
  subscope: string;
  fields: TScopeFields;
}): Promise<{ scope: TScope; changeId: string }> {
  const { tx, organisation, subscope, fields } = options;
  const prefix = requireScopePrefix(organisation);
  const environment = toDbEnvironment(options.environment);
  const existing = await tx.maskinportenScope.findUnique({
    where: { environment_prefix_subscope: { environment, prefix, subscope } },
    select: { active: true },
  });
  if (existing) throw validationError({ subscope: [existing.active ? "scopeExists" : "scopeExistsDeactivated"] });
  let row;
  try {
    row = await tx.maskinportenScope.create({
      data: {
        organisationId: organisation.id,
        environment,
        prefix,
        subscope,
        description: fields.description,
        longDescription: fields.longDescription || null,
        visibility: fields.visibility,
        tokenLifetimeSeconds: fields.tokenLifetimeSeconds,
        allowedIntegrationTypes: fields.allowedIntegrationTypes,
      },
      select: scopeSelect,
    });
  } catch (error) {
    // Another editor created the same name a moment ago.
    if (isUniqueViolation(error)) throw validationError({ subscope: ["scopeExists"] });
    throw error;
  }
  const scope = toScope(row);
  const { changeId } = await enqueueScopeUpsert({ tx, organisation, scope });
  return { scope, changeId };
}
