import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { documentationSelect, toDocumentation, type TSavedDocumentation } from "./documentation-select";

/** The saved documentation of a consent resource (by its id), or null before anyone saved any. */
export async function getResourceDocumentation(options: { resourceId: string }): Promise<TSavedDocumentation | null> {
  const row = await db().resourceDocumentation.findUnique({
    where: { resourceId: options.resourceId },
    select: documentationSelect,
  });
  return row ? toDocumentation(row) : null;
}
