import "server-only";
import { logger } from "@/lib/platform/logger";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import { getResource } from "@/lib/platform/upstream/resource-registry-client";
import { toServiceResource, type TResourceOwner } from "./to-service-resource";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";

export type TRegistryDrift =
  { state: "match" } | { state: "differs"; fields: string[] } | { state: "missing" } | { state: "unavailable" };

/**
 * Reads the resource back from the registry and names the top-level fields that differ from what the
 * portal published (someone may have changed it in Altinn's own tools). Reading is safe to do from a page.
 */
export async function readRegistryDrift(options: {
  environment: TEnvironment;
  owner: TResourceOwner;
  definition: TConsentResourceDefinition;
  version: number;
  withdrawn: boolean;
}): Promise<TRegistryDrift> {
  const { owner, definition } = options;
  try {
    const actual = await getResource(
      { environment: toUpstreamEnv(options.environment), actingFor: owner.orgNumber },
      definition.identifier,
    );
    if (!actual) return { state: "missing" };
    const expected = toServiceResource(definition, owner, {
      version: options.version,
      status: options.withdrawn ? "Withdrawn" : undefined,
    });
    const fields = Object.entries(expected)
      .filter(([key, value]) => stable(value) !== stable((actual as Record<string, unknown>)[key]))
      .map(([key]) => key);
    return fields.length ? { state: "differs", fields } : { state: "match" };
  } catch (error) {
    logger.warn(
      { err: error, identifier: definition.identifier },
      "could not read the resource back from the registry",
    );
    return { state: "unavailable" };
  }
}

/** JSON with sorted keys, so the registry's key order does not count as a difference (also lib/drift). */
export function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
