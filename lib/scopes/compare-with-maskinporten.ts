import "server-only";
import { getScope, listOwnScopes, type TMaskinportenScope } from "@/lib/platform/upstream/maskinporten-scopes-client";
import { isUpstreamError } from "@/lib/platform/upstream/upstream-error";
import { logger } from "@/lib/platform/logger";
import type { TScope } from "./scope-dto";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// What Maskinporten actually has for each of the organisation's scopes, so drift between the portal and
// Maskinporten is visible (someone changed a scope in Digdir's own UI, or a change never arrived).

export const COMPARED_FIELDS = [
  "description",
  "longDescription",
  "visibility",
  "tokenLifetimeSeconds",
  "allowedIntegrationTypes",
  "active",
] as const;
export type TComparedField = (typeof COMPARED_FIELDS)[number];

export type TScopeInMaskinporten =
  | { state: "same" }
  | { state: "differs"; fields: TComparedField[] }
  | { state: "missing" }
  /** Maskinporten could not be asked; nothing is claimed either way. */
  | { state: "unknown"; reason: string };

const sameList = (a: readonly string[], b: readonly string[]) => [...a].sort().join(" ") === [...b].sort().join(" ");

export function differingFields(portal: TScope, upstream: TMaskinportenScope): TComparedField[] {
  const differs: Record<TComparedField, boolean> = {
    description: (upstream.description ?? "") !== portal.description,
    longDescription: (upstream.long_description ?? "") !== (portal.longDescription ?? ""),
    visibility: (upstream.visibility ?? "PUBLIC") !== portal.visibility,
    // An unset lifetime in the portal means "Maskinporten's default": whatever Maskinporten has is fine.
    tokenLifetimeSeconds: portal.tokenLifetimeSeconds !== null && upstream.at_max_age !== portal.tokenLifetimeSeconds,
    allowedIntegrationTypes: !sameList(
      upstream.allowed_integration_types ?? ["maskinporten"],
      portal.allowedIntegrationTypes,
    ),
    active: (upstream.active ?? true) !== portal.active,
  };
  return COMPARED_FIELDS.filter((field) => differs[field]);
}

const reasonOf = (error: unknown) =>
  isUpstreamError(error)
    ? `${error.upstream}: ${error.status ? `HTTP ${error.status}` : error.kind}`
    : "unexpected error";

/**
 * Compares each scope with Maskinporten, acting for the organisation. One list call covers the active scopes;
 * a scope not in it (Maskinporten lists only active ones) is read by name, which also finds a deactivated one.
 */
export async function compareWithMaskinporten(options: {
  environment: TUpstreamEnvironment;
  orgNumber: string;
  scopes: TScope[];
}): Promise<Record<string, TScopeInMaskinporten>> {
  const target = { environment: options.environment, actingFor: options.orgNumber };
  let listed: Map<string, TMaskinportenScope>;
  try {
    listed = new Map(
      (await listOwnScopes(target)).map((scope) => [scope.name ?? `${scope.prefix}:${scope.subscope}`, scope]),
    );
  } catch (error) {
    logger.warn({ err: error, environment: options.environment }, "could not list scopes in Maskinporten");
    const unknown = { state: "unknown", reason: reasonOf(error) } as const;
    return Object.fromEntries(options.scopes.map((scope) => [scope.id, unknown]));
  }
  const entries = await Promise.all(
    options.scopes.map(async (scope): Promise<[string, TScopeInMaskinporten]> => {
      try {
        const upstream = listed.get(scope.name) ?? (await getScope(target, scope.name));
        if (!upstream) return [scope.id, { state: "missing" }];
        const fields = differingFields(scope, upstream);
        return [scope.id, fields.length === 0 ? { state: "same" } : { state: "differs", fields }];
      } catch (error) {
        return [scope.id, { state: "unknown", reason: reasonOf(error) }];
      }
    }),
  );
  return Object.fromEntries(entries);
}
