import "server-only";
import { db } from "@/lib/platform/db/prisma";
import type { TDocumentationByLanguage } from "@/lib/documentation/documentation-languages";
import {
  documentationSelect,
  toDocumentationByLanguage,
  type TSavedDocumentation,
} from "@/lib/documentation/documentation-select";
import { catalogResourceSelect, publishedWhere, toCatalogEntry, type TCatalogEntry } from "./catalog-entry";

/** A published resource with its documentation per language written (issue 16.6); a language never saved is absent. */
export type TCatalogDetail = TCatalogEntry & { documentation: TDocumentationByLanguage<TSavedDocumentation> };

/** One published resource with its documentation; null for an unknown or unpublished identifier alike. */
export async function getCatalogEntry(options: { identifier: string }): Promise<TCatalogDetail | null> {
  const row = await db().consentResource.findFirst({
    where: { identifier: options.identifier, publications: { some: publishedWhere } },
    select: { ...catalogResourceSelect, documentation: { select: documentationSelect } },
  });
  const entry = row && toCatalogEntry(row);
  if (!row || !entry) return null;
  return { ...entry, documentation: toDocumentationByLanguage(row.documentation) };
}
