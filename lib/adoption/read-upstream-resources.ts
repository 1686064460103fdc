import "server-only";
import pLimit from "p-limit";
import { fromServiceResource } from "@/lib/consent-resources/from-service-resource";
import { loadDefinitionProblems } from "@/lib/consent-resources/load-definition-problems";
import {
  DEFAULT_APPROVER_ROLES,
  type TConsentResourceDefinition,
} from "@/lib/consent-resources/resource-definition-schema";
import type { ActingFor } from "@/lib/platform/upstream/authorized-http-clients";
import {
  getResourcePolicy,
  listResources,
  type TServiceResource,
} from "@/lib/platform/upstream/resource-registry-client";
import type { TAdoptableResource } from "./adoptable";
import { approversOf, decodeConsentPolicy, type TDecodedPolicy } from "./decode-consent-policy";
import { UPSTREAM_READS_AT_ONCE } from "./read-upstream-scopes";

type TOwner = { orgNumber: string; orgCode: string };

/**
 * Whether the organisation owns the resource: its competent authority names the organisation (by number, or by org
 * code in any case: the real skd-migrert resource says `SKD`), as the registry decides write access
 * (altinn-resource-registry ResourceController.cs, `hasCompetentAuthority`).
 */
function ownedBy(resource: TServiceResource, owner: TOwner): boolean {
  const authority = resource.hasCompetentAuthority;
  return authority?.organization === owner.orgNumber || authority?.orgcode?.toLowerCase() === owner.orgCode;
}

/** The registry's `version` as a whole number (`"1"`, `"3"`), else null (absent, `"1.0"`, text). */
export function registryVersionOf(resource: TServiceResource): number | null {
  return resource.version && /^[1-9]\d{0,6}$/.test(resource.version) ? Number(resource.version) : null;
}

/**
 * Who may approve, as the published policy says, so the adopted definition republishes the same rule; Altinn's two
 * default roles stay implicit (a definition without approvers has them), a policy the portal cannot say keeps them.
 */
export function withApprovers(
  definition: TConsentResourceDefinition,
  policy: TDecodedPolicy | null,
): TConsentResourceDefinition {
  const approvers = policy ? approversOf(policy.approvers) : null;
  if (!approvers) return definition;
  const isDefault =
    approvers.accessPackages.length === 0 &&
    [...approvers.roles].sort().join(" ") === [...DEFAULT_APPROVER_ROLES].sort().join(" ");
  if (isDefault) return definition;
  return { ...definition, approverRoles: [...approvers.roles], approverAccessPackages: [...approvers.accessPackages] };
}

/** One registry resource in the portal's terms: definition, its problems, its policy decoded where it can be. */
export async function toAdoptableResource(
  resource: TServiceResource,
  policyXml: string | null,
  owner: TOwner,
  knownScopes: ReadonlySet<string>,
): Promise<TAdoptableResource> {
  const policy = policyXml
    ? decodeConsentPolicy(policyXml, { identifier: resource.identifier, orgCode: owner.orgCode })
    : null;
  const definition = withApprovers(fromServiceResource(resource), policy);
  const { problems } = await loadDefinitionProblems({ definition, ownerOrgCode: owner.orgCode });
  return {
    key: resource.identifier,
    identifier: resource.identifier,
    title: definition.title.nb || definition.title.en || resource.identifier,
    registryVersion: registryVersionOf(resource),
    definition,
    problems,
    policy,
    policyXml,
    unknownScopes: definition.scopeReferences.filter((scope) => !knownScopes.has(scope)),
  };
}

/** The organisation's consent resources in the registry that `isKnown` says the portal does not have. */
export async function readUpstreamResources(
  target: ActingFor,
  owner: TOwner,
  options: { isKnown: (identifier: string) => boolean; knownScopes: ReadonlySet<string> },
): Promise<TAdoptableResource[]> {
  const resources = (await listResources(target)).filter(
    (resource) =>
      resource.resourceType?.toLowerCase() === "consent" &&
      ownedBy(resource, owner) &&
      !options.isKnown(resource.identifier),
  );
  const limit = pLimit(UPSTREAM_READS_AT_ONCE);
  return Promise.all(
    resources.map((resource) =>
      limit(async () =>
        toAdoptableResource(resource, await getResourcePolicy(target, resource.identifier), owner, options.knownScopes),
      ),
    ),
  );
}
