import "server-only";
import { db } from "@/lib/platform/db/prisma";
import {
  documentationSelect,
  toDocumentation,
  type TSavedDocumentation,
} from "@/lib/documentation/documentation-select";
import { catalogResourceSelect, publishedWhere, toCatalogEntry, type TCatalogEntry } from "./catalog-entry";

export type TCatalogDetail = TCatalogEntry & { documentation: TSavedDocumentation | null };

/** One published resource with its documentation; null for an unknown or unpublished identifier alike. */
export async function getCatalogEntry(options: { identifier: string }): Promise<TCatalogDetail | null> {
  const row = await db().consentResource.findFirst({
    where: { identifier: options.identifier, publications: { some: publishedWhere } },
    select: { ...catalogResourceSelect, documentation: { select: documentationSelect } },
  });
  const entry = row && toCatalogEntry(row);
  if (!row || !entry) return null;
  return { ...entry, documentation: row.documentation ? toDocumentation(row.documentation) : null };
}
