import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import type { TResourceOwner } from "./to-service-resource";

/** The organisation as the registry's owner; only service owners (with an Altinn org code) publish. */
export function resourceOwner(
  organisation: Pick<TOrganisationSummary, "orgNumber" | "orgCode" | "name">,
): TResourceOwner {
  if (!organisation.orgCode) throw conflict("serviceOwnerOnly");
  return { orgNumber: organisation.orgNumber, orgCode: organisation.orgCode, name: organisation.name };
}

/** The resource with its publications, by organisation + identifier (another organisation's is not found). */
export async function loadResourceForPublishing(tx: TTx, organisationId: string, identifier: string) {
  const resource = await tx.consentResource.findFirst({
    where: { organisationId, identifier },
    select: {
      id: true,
      identifier: true,
      publications: {
        select: {
          id: true,
          environment: true,
          state: true,
          version: { select: { id: true, version: true, content: true } },
        },
      },
    },
  });
  if (!resource) throw notFound("consentResourceNotFound");
  return resource;
}
