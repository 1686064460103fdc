import "server-only";
import { db } from "@/lib/platform/db/prisma";
import type { TDocumentationByLanguage } from "./documentation-languages";
import { documentationSelect, toDocumentationByLanguage, type TSavedDocumentation } from "./documentation-select";

/** The saved documentation of a consent resource (by its id), per language saved; empty before anyone saved any. */
export async function getResourceDocumentation(options: {
  resourceId: string;
}): Promise<TDocumentationByLanguage<TSavedDocumentation>> {
  const rows = await db().resourceDocumentation.findMany({
    where: { resourceId: options.resourceId },
    select: documentationSelect,
  });
  return toDocumentationByLanguage(rows);
}
