import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import { publishedTermsOf, type TPublishedTerms } from "./published-terms";
import type { TEnvironment } from "@/lib/platform/environment";

const requestableSelect = {
  environment: true,
  version: { select: { content: true } },
  resource: {
    select: {
      id: true,
      identifier: true,
      organisation: { select: { name: true, orgNumber: true } },
      accessListLinks: { select: { accessList: { select: { environment: true, name: true } } } },
    },
  },
} as const satisfies Prisma.ConsentResourcePublicationSelect;

export type TRequestableResource = {
  id: string;
  identifier: string;
  environment: TEnvironment;
  owner: { name: string; orgNumber: string };
  title: TPublishedTerms["title"];
  scopes: string[];
  /** The access list of this environment the consumer would join, if the resource uses one. */
  accessListName: string | null;
};

/**
 * Consent resources a consumer may ask for: published (not withdrawn) in an environment, and owned by
 * another organisation. What they grant comes from the published version, not the latest draft.
 */
export async function listRequestableResources(options: {
  consumerOrganisationId: string;
}): Promise<TRequestableResource[]> {
  const rows = await db().consentResourcePublication.findMany({
    where: { state: "PUBLISHED", resource: { organisationId: { not: options.consumerOrganisationId } } },
    select: requestableSelect,
    orderBy: [{ resource: { identifier: "asc" } }, { environment: "asc" }],
  });
  return rows.map((row) => {
    const terms = publishedTermsOf(row.version.content);
    const list = row.resource.accessListLinks.find((link) => link.accessList.environment === row.environment);
    return {
      id: row.resource.id,
      identifier: row.resource.identifier,
      environment: row.environment,
      owner: row.resource.organisation,
      title: terms.title,
      scopes: terms.scopeReferences,
      accessListName: list?.accessList.name ?? null,
    };
  });
}
