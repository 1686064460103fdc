import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import type { TScopeFields } from "./schemas";
import { scopeName } from "./scope-target";
import { type TEnvironment, type TUpstreamEnvironment, toUpstreamEnv } from "@/lib/platform/environment";

// The shape of a scope the portal hands to pages and components: never the whole row.

export const scopeSelect = {
  id: true,
  environment: true,
  prefix: true,
  subscope: true,
  description: true,
  longDescription: true,
  visibility: true,
  tokenLifetimeSeconds: true,
  allowedIntegrationTypes: true,
  active: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.MaskinportenScopeSelect;

type TScopeRow = Prisma.MaskinportenScopeGetPayload<{ select: typeof scopeSelect }>;

export type TScope = {
  id: string;
  environment: TUpstreamEnvironment;
  name: string;
  prefix: string;
  subscope: string;
  description: string;
  longDescription: string | null;
  visibility: "PUBLIC" | "PRIVATE";
  tokenLifetimeSeconds: number | null;
  allowedIntegrationTypes: string[];
  active: boolean;
  /** The saved version (optimistic-edit.ts): the edit form sends it back, so a save over a newer one is refused. */
  version: number;
};

export function toScope(row: TScopeRow): TScope {
  return {
    id: row.id,
    environment: toUpstreamEnv(row.environment as TEnvironment),
    name: scopeName(row.prefix, row.subscope),
    prefix: row.prefix,
    subscope: row.subscope,
    description: row.description,
    longDescription: row.longDescription,
    visibility: row.visibility,
    tokenLifetimeSeconds: row.tokenLifetimeSeconds,
    allowedIntegrationTypes: row.allowedIntegrationTypes,
    active: row.active,
    version: row.version,
  };
}

/** The row's columns for a scope's own fields, created or edited; an empty long description is stored as null. */
export function scopeColumns(fields: TScopeFields) {
  return {
    description: fields.description,
    longDescription: fields.longDescription || null,
    visibility: fields.visibility,
    tokenLifetimeSeconds: fields.tokenLifetimeSeconds,
    allowedIntegrationTypes: fields.allowedIntegrationTypes,
  };
}

/**
 * The payload of a `maskinporten.scope.upsert` change: the whole scope as Maskinporten's admin API takes it, so the
 * handler can create it or, when it exists, update it to exactly this. An empty long description is sent as "" so
 * that clearing it reaches Maskinporten; an unset token lifetime is left out (Maskinporten's default applies).
 */
export function scopeUpsertPayload(orgNumber: string, scope: TScope) {
  return {
    actingFor: orgNumber,
    scope: {
      prefix: scope.prefix,
      subscope: scope.subscope,
      description: scope.description,
      long_description: scope.longDescription ?? "",
      visibility: scope.visibility,
      ...(scope.tokenLifetimeSeconds !== null ? { at_max_age: scope.tokenLifetimeSeconds } : {}),
      allowed_integration_types: scope.allowedIntegrationTypes,
    },
  };
}
