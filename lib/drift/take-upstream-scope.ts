import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import { conflict } from "@/lib/platform/errors/app-error";
import { getScope } from "@/lib/platform/upstream/maskinporten-scopes-client";
import { scopeName } from "@/lib/scopes/scope-target";

/**
 * The scope's fields as Maskinporten has them now, written to the portal's row (its version moves on, so an edit form
 * opened before is refused as stale). Maskinporten never deletes a scope, and the portal has no removal either: a
 * scope gone upstream can only be pushed (created again).
 */
export async function takeUpstreamScope(options: { tx: TTx; orgNumber: string; scopeId: string }) {
  const { tx } = options;
  const row = await tx.maskinportenScope.findUniqueOrThrow({ where: { id: options.scopeId } });
  const name = scopeName(row.prefix, row.subscope);
  const acting = { environment: toUpstreamEnv(row.environment as TEnvironment), actingFor: options.orgNumber };
  const upstream = await getScope(acting, name);
  if (!upstream) throw conflict("driftNoTakeUpstream");
  await tx.maskinportenScope.update({
    where: { id: row.id },
    data: {
      description: upstream.description ?? row.description,
      longDescription: upstream.long_description || null,
      visibility: upstream.visibility === "PRIVATE" ? "PRIVATE" : "PUBLIC",
      tokenLifetimeSeconds: upstream.at_max_age ?? null,
      allowedIntegrationTypes: upstream.allowed_integration_types ?? ["maskinporten"],
      active: upstream.active ?? true,
      version: { increment: 1 },
    },
  });
  return name;
}
