import "server-only";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import { getResource, getResourcePolicy } from "@/lib/platform/upstream/resource-registry-client";
import { AccessListRequiredError, approversOf, buildConsentPolicy } from "@/lib/publishing/build-consent-policy";
import { connectedAccessLists } from "@/lib/publishing/connected-access-lists";
import { RESOURCE_TARGET_TYPE } from "@/lib/publishing/publication-payload";
import { toServiceResource, type TResourceOwner } from "@/lib/publishing/to-service-resource";
import type { TCheckContext } from "./check-context";
import { compareResource } from "./compare-resource";
import type { TDriftResult } from "./drift-fields";

/**
 * The consent resources published (or withdrawn) in the environment against the registry: the registry JSON the
 * portal would send (lib/publishing/to-service-resource.ts) and the policy it would build from the lists connected
 * now (build-consent-policy.ts), against the registry's resource and policy (GET …/resource/{id} and …/policy).
 */
export async function checkResources(context: TCheckContext): Promise<TDriftResult[]> {
  const { organisation, environment } = context;
  if (!organisation.orgCode) return [];
  const owner: TResourceOwner = {
    orgNumber: organisation.orgNumber,
    orgCode: organisation.orgCode,
    name: organisation.name,
  };
  const publications = await context.db.consentResourcePublication.findMany({
    where: { environment, state: { in: ["PUBLISHED", "WITHDRAWN"] }, resource: { organisationId: organisation.id } },
    select: {
      state: true,
      resource: { select: { id: true, identifier: true } },
      version: { select: { version: true, content: true } },
    },
  });
  const results: TDriftResult[] = [];
  for (const publication of publications) {
    const { identifier, id } = publication.resource;
    if (context.isPending(RESOURCE_TARGET_TYPE, identifier)) continue;
    const definition = publication.version.content as unknown as TConsentResourceDefinition;
    const base = { objectType: "consent-resource" as const, objectId: id, label: identifier };
    const upstream = await getResource(context.acting, identifier);
    if (!upstream) {
      results.push({ ...base, fields: {}, deletedUpstream: true });
      continue;
    }
    const lists = await connectedAccessLists({
      db: context.db,
      ownerOrgNumber: organisation.orgNumber,
      resourceIdentifier: identifier,
      environment,
    });
    const fields = compareResource({
      portal: toServiceResource(definition, owner, {
        version: publication.version.version,
        status: publication.state === "WITHDRAWN" ? "Withdrawn" : undefined,
      }),
      upstream,
      portalPolicy: portalPolicy(
        definition,
        owner,
        lists.map((list) => list.identifier),
      ),
      upstreamPolicy: await getResourcePolicy(context.acting, identifier),
    });
    results.push({ ...base, fields, deletedUpstream: false });
  }
  return results;
}

/** The policy the publish job would send now; none when the resource is restricted to lists and has none connected. */
function portalPolicy(definition: TConsentResourceDefinition, owner: TResourceOwner, lists: string[]): string | null {
  try {
    return buildConsentPolicy({
      identifier: definition.identifier,
      orgCode: owner.orgCode,
      accessListMode: definition.accessListMode,
      accessListIdentifiers: lists,
      approvers: approversOf(definition),
    });
  } catch (error) {
    if (error instanceof AccessListRequiredError) return null;
    throw error;
  }
}
