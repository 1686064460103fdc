import "server-only";
import { db } from "@/lib/platform/db/prisma";
import {
  publicationSelect,
  toPublication,
  toVersion,
  versionSelect,
  type TConsentResourceVersion,
  type TPublication,
} from "./consent-resource-select";

export type TConsentResourceDetail = {
  id: string;
  organisationId: string;
  identifier: string;
  createdAt: Date;
  updatedAt: Date;
  /** Newest first; `versions[0]` is the latest draft. */
  versions: TConsentResourceVersion[];
  publications: TPublication[];
};

/**
 * One consent resource of an organisation, by its identifier. The organisation is part of the
 * query, so an identifier of another organisation reads as not found.
 */
export async function getConsentResource(options: {
  organisationId: string;
  identifier: string;
}): Promise<TConsentResourceDetail | null> {
  const row = await db().consentResource.findFirst({
    where: { organisationId: options.organisationId, identifier: options.identifier },
    select: {
      id: true,
      organisationId: true,
      identifier: true,
      createdAt: true,
      updatedAt: true,
      versions: { orderBy: { version: "desc" }, select: versionSelect },
      publications: { select: publicationSelect },
    },
  });
  if (!row) return null;
  return { ...row, versions: row.versions.map(toVersion), publications: row.publications.map(toPublication) };
}
