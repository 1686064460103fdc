import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { migratedResourceId } from "@/lib/consent-resources/migrated-resource-id";
import { db } from "@/lib/platform/db/prisma";

// What the validator needs of the organisation's consent resources: the latest saved version's
// identifier, title, scope references and declared metadata keys, and for a resource migrated from Altinn 2 the id
// its converted consents carry. The latest draft, not a published
// version: the owner validates against what they are building (publishing copies that version as is).

const validationResourceSelect = {
  identifier: true,
  organisation: { select: { orgCode: true } },
  versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, content: true } },
} as const satisfies Prisma.ConsentResourceSelect;

// Read leniently: a field a version lacks must not hide the whole resource from the validator.
const ZValidationFields = z.object({
  title: z.object({ nb: z.string(), nn: z.string(), en: z.string() }).partial().catch({}),
  scopeReferences: z.array(z.string()).catch([]),
  consentMetadata: z.array(z.object({ key: z.string(), optional: z.boolean().catch(false) })).catch([]),
  otherReferences: z.array(z.object({ referenceType: z.string(), reference: z.string() })).catch([]),
});

export type TValidationResource = {
  identifier: string;
  version: number;
  title: { nb?: string; nn?: string; en?: string };
  scopeReferences: string[];
  metadata: { key: string; optional: boolean }[];
  /** `{org}_{serviceCode}_{serviceEditionCode}` for a resource migrated from Altinn 2, else null. */
  migratedIdentifier: string | null;
};

/** The organisation's consent resources (or the one named), by identifier; the organisation is part of the query. */
export async function listValidationResources(options: {
  organisationId: string;
  identifier?: string;
}): Promise<TValidationResource[]> {
  const rows = await db().consentResource.findMany({
    where: {
      organisationId: options.organisationId,
      ...(options.identifier ? { identifier: options.identifier } : {}),
    },
    select: validationResourceSelect,
    orderBy: { identifier: "asc" },
  });
  return rows.flatMap((row) => {
    const latest = row.versions[0];
    if (!latest) return [];
    const fields = ZValidationFields.catch({
      title: {},
      scopeReferences: [],
      consentMetadata: [],
      otherReferences: [],
    }).parse(latest.content);
    return [
      {
        identifier: row.identifier,
        version: latest.version,
        title: fields.title,
        scopeReferences: fields.scopeReferences,
        metadata: fields.consentMetadata,
        migratedIdentifier: migratedResourceId({
          orgCode: row.organisation.orgCode,
          otherReferences: fields.otherReferences,
        }),
      },
    ];
  });
}
