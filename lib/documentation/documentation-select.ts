import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import type { TDocumentationByLanguage } from "./documentation-languages";
import { ZDocumentationSection, type TDocumentationContent } from "./schemas";

export const documentationSelect = {
  language: true,
  steps: true,
  requiredAccess: true,
  contact: true,
  sections: true,
  version: true,
  updatedAt: true,
} as const satisfies Prisma.ResourceDocumentationSelect;

export type TSavedDocumentation = TDocumentationContent & { version: number; updatedAt: Date };

type TDocumentationRow = Prisma.ResourceDocumentationGetPayload<{ select: typeof documentationSelect }>;

/** A stored row as the portal's type; sections that do not parse (hand-edited rows) are left out, not shown raw. */
export function toDocumentation(row: TDocumentationRow): TSavedDocumentation {
  const sections = Array.isArray(row.sections) ? row.sections : [];
  return {
    steps: row.steps,
    requiredAccess: row.requiredAccess,
    contact: row.contact,
    sections: sections.flatMap((section) => {
      const parsed = ZDocumentationSection.safeParse(section);
      return parsed.success ? [parsed.data] : [];
    }),
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

/** A resource's rows (one per language saved), keyed by language. */
export function toDocumentationByLanguage(rows: TDocumentationRow[]): TDocumentationByLanguage<TSavedDocumentation> {
  return Object.fromEntries(rows.map((row) => [row.language, toDocumentation(row)]));
}
