import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/db/create-prisma-client";
import { db } from "@/lib/db/prisma";

// What the validator needs of the organisation's consent resources: the latest saved version's
// identifier, title, scope references and declared metadata keys. The latest draft, not a published
// version: the owner validates against what they are building (publishing copies that version as is).

const validationResourceSelect = {
  identifier: true,
  versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, content: true } },
} as const satisfies Prisma.ConsentResourceSelect;

// Read leniently: a field a version lacks must not hide the whole resource from the validator.
const ZValidationFields = z.object({
  title: z.object({ nb: z.string(), nn: z.string(), en: z.string() }).partial().catch({}),
  scopeReferences: z.array(z.string()).catch([]),
  consentMetadata: z.array(z.object({ key: z.string(), optional: z.boolean().catch(false) })).catch([]),
});

export type TValidationResource = {
  identifier: string;
  version: number;
  title: { nb?: string; nn?: string; en?: string };
  scopeReferences: string[];
  metadata: { key: string; optional: boolean }[];
};

/** The organisation's consent resources (or the one named), by identifier; the organisation is part of the query. */
export async function listValidationResources(options: {
  organisationId: string;
  identifier?: string;
}): Promise<TValidationResource[]> {
  const rows = await db().consentResource.findMany({
    where: { organisationId: options.organisationId, ...(options.identifier ? { identifier: options.identifier } : {}) },
    select: validationResourceSelect,
    orderBy: { identifier: "asc" },
  });
  return rows.flatMap((row) => {
    const latest = row.versions[0];
    if (!latest) return [];
    const fields = ZValidationFields.catch({ title: {}, scopeReferences: [], consentMetadata: [] }).parse(latest.content);
    return [
      {
        identifier: row.identifier,
        version: latest.version,
        title: fields.title,
        scopeReferences: fields.scopeReferences,
        metadata: fields.consentMetadata,
      },
    ];
  });
}
