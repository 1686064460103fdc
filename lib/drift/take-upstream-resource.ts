import "server-only";
import { fromServiceResource } from "@/lib/consent-resources/from-service-resource";
import { saveConsentResourceVersion } from "@/lib/consent-resources/save-consent-resource-version";
import type { TTx } from "@/lib/platform/db/prisma";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";
import { getResource, getResourcePolicy } from "@/lib/platform/upstream/resource-registry-client";
import type { TDriftOrganisation } from "./check-context";
import { policyPermissions } from "./policy-permissions";

/**
 * The registry's resource becomes the portal's next version (lib/consent-resources/from-service-resource.ts and the
 * editor's own save, so its problems are listed as for any save) and the version published in that environment: the
 * portal then records what the registry has, and sends nothing. The registry always holds `accessListMode: Disabled`
 * for a consent resource (lib/publishing/to-service-resource.ts); whether it is restricted to access lists is read
 * from its policy (`urn:altinn:access-list` subjects). A resource the registry no longer has is recorded as deleted
 * in that environment, as the portal's own deletion leaves it.
 */
export async function takeUpstreamResource(options: {
  tx: TTx;
  organisation: TDriftOrganisation;
  userId: string;
  resourceId: string;
  environment: TEnvironment;
}): Promise<string> {
  const { tx, organisation, environment } = options;
  const resource = await tx.consentResource.findUniqueOrThrow({ where: { id: options.resourceId } });
  const where = { resourceId_environment: { resourceId: resource.id, environment } };
  const acting = { environment: toUpstreamEnv(environment), actingFor: organisation.orgNumber };
  const upstream = await getResource(acting, resource.identifier);
  if (!upstream) {
    await tx.consentResourcePublication.update({ where, data: { state: "DELETED" } });
    return resource.identifier;
  }
  const permissions = policyPermissions((await getResourcePolicy(acting, resource.identifier)) ?? "") ?? [];
  const restricted = permissions.some((line) => line.includes("access-list="));
  const saved = await saveConsentResourceVersion({
    tx,
    organisationId: organisation.id,
    userId: options.userId,
    resourceId: resource.id,
    definition: { ...fromServiceResource(upstream), accessListMode: restricted ? "Enabled" : "Disabled" },
    ownerOrgCode: organisation.orgCode,
  });
  const version = await tx.consentResourceVersion.findUniqueOrThrow({
    where: { resourceId_version: { resourceId: resource.id, version: saved.version } },
    select: { id: true },
  });
  await tx.consentResourcePublication.update({
    where,
    data: { versionId: version.id, state: upstream.status === "Withdrawn" ? "WITHDRAWN" : "PUBLISHED" },
  });
  return resource.identifier;
}
