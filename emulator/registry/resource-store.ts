import type { EnvName } from "../state/environments";
import { perEnvironmentStore } from "../state/per-environment-store";
import type { XacmlPolicyDocument } from "./xacml-document";
import type { PolicyRule } from "./xacml-policy";

/** A resource as the registry keeps it: the client's JSON as sent (camelCase), plus our revision. */
export interface StoredResource {
  resource: Record<string, unknown>;
  /** Bumped on every PUT, so tests can tell an update happened. */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** The owner's XACML as uploaded (served back as is), parsed for the decision point, and summarised for the state. */
  policy?: { xml: string; document: XacmlPolicyDocument; rules: PolicyRule[]; updatedAt: string };
}

const of = perEnvironmentStore<StoredResource>("resourceRegistry.resources", (resources) =>
  Object.fromEntries(
    [...resources].map(([id, stored]) => [
      id,
      {
        version: stored.version,
        resource: stored.resource,
        policy: stored.policy ? { rules: stored.policy.rules, updatedAt: stored.policy.updatedAt } : null,
      },
    ]),
  ),
);

export function getResource(env: EnvName, identifier: string): StoredResource | undefined {
  return of(env).get(identifier);
}

export function listResources(env: EnvName): StoredResource[] {
  return [...of(env).values()];
}

export function saveResource(env: EnvName, identifier: string, resource: Record<string, unknown>): StoredResource {
  const now = new Date().toISOString();
  const existing = of(env).get(identifier);
  const stored: StoredResource = existing
    ? { ...existing, resource, version: existing.version + 1, updatedAt: now }
    : { resource, version: 1, createdAt: now, updatedAt: now };
  of(env).set(identifier, stored);
  return stored;
}

export function deleteResource(env: EnvName, identifier: string): boolean {
  return of(env).delete(identifier);
}

export function savePolicy(
  env: EnvName,
  identifier: string,
  xml: string,
  document: XacmlPolicyDocument,
  rules: PolicyRule[],
): void {
  const stored = of(env).get(identifier);
  if (stored) stored.policy = { xml, document, rules, updatedAt: new Date().toISOString() };
}

/** The owning organisation number, as the resource declares it (`hasCompetentAuthority`). */
export function resourceOwnerOrg(resource: Record<string, unknown>): { organization?: string; orgcode?: string } {
  const authority = resource.hasCompetentAuthority;
  if (typeof authority !== "object" || authority === null) return {};
  const { organization, orgcode } = authority as Record<string, unknown>;
  return {
    organization: typeof organization === "string" ? organization : undefined,
    orgcode: typeof orgcode === "string" ? orgcode : undefined,
  };
}
