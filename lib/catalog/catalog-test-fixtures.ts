import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { localized, validDefinition } from "@/lib/consent-resources/test-fixtures";
import type { TEnvironment } from "@/lib/platform/environment";

// Catalog test data written straight to the tables, as a publication leaves them; the catalog's search documents
// follow by the database's triggers, as they do after a real publication.

export type TSeedVersion = { title: string; keyword: string; description?: string };

/** A resource with numbered versions and, per environment, the version published there and its state. */
export async function seedResource(
  db: PrismaClient,
  options: {
    organisationId: string;
    identifier: string;
    versions: TSeedVersion[];
    published?: Partial<Record<TEnvironment, { version: number; state?: "PUBLISHED" | "WITHDRAWN" }>>;
  },
) {
  const resource = await db.consentResource.create({
    data: { organisationId: options.organisationId, identifier: options.identifier },
  });
  const versions = [];
  for (const [index, version] of options.versions.entries()) {
    const content = {
      ...validDefinition,
      identifier: options.identifier,
      title: localized(version.title),
      keywords: [{ word: version.keyword, language: "nb" as const }],
      ...(version.description ? { description: localized(version.description) } : {}),
    };
    versions.push(
      await db.consentResourceVersion.create({ data: { resourceId: resource.id, version: index + 1, content } }),
    );
  }
  for (const [environment, publication] of Object.entries(options.published ?? {})) {
    await db.consentResourcePublication.create({
      data: {
        resourceId: resource.id,
        environment: environment as TEnvironment,
        versionId: versions[publication.version - 1]!.id,
        state: publication.state ?? "PUBLISHED",
      },
    });
  }
  return resource;
}
