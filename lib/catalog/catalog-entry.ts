import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import type { TEnvironment } from "@/lib/platform/environment";

// What the public catalog knows of a consent resource: only what is published, never a draft.

/** Only publications the registry has (or is getting); withdrawn and deleted ones are not in the catalog. */
export const publishedWhere = { state: "PUBLISHED" } as const satisfies Prisma.ConsentResourcePublicationWhereInput;

export const catalogResourceSelect = {
  id: true,
  identifier: true,
  organisation: { select: { name: true, orgNumber: true } },
  publications: {
    where: publishedWhere,
    select: { environment: true, version: { select: { version: true, content: true } } },
  },
} as const satisfies Prisma.ConsentResourceSelect;

type TCatalogRow = Prisma.ConsentResourceGetPayload<{ select: typeof catalogResourceSelect }>;

export type TCatalogEntry = {
  identifier: string;
  owner: { name: string; orgNumber: string };
  /** The version the catalog shows: production's when it has one, else test's. */
  version: number;
  shownEnvironment: TEnvironment;
  definition: TConsentResourceDefinition;
  /** Every environment that has the resource published, with its version; production first. */
  environments: { environment: TEnvironment; version: number }[];
  /** The version test has when it is newer than the production version shown. */
  newerInTest: number | null;
};

/** The catalog's view of a resource, or null when no environment has it published. */
export function toCatalogEntry(row: TCatalogRow): TCatalogEntry | null {
  const prod = row.publications.find((p) => p.environment === "PROD");
  const test = row.publications.find((p) => p.environment === "TEST");
  const shown = prod ?? test;
  if (!shown) return null;
  return {
    identifier: row.identifier,
    owner: row.organisation,
    version: shown.version.version,
    shownEnvironment: shown.environment,
    definition: shown.version.content as unknown as TConsentResourceDefinition,
    environments: [prod, test].flatMap((p) => (p ? [{ environment: p.environment, version: p.version.version }] : [])),
    newerInTest: prod && test && test.version.version > prod.version.version ? test.version.version : null,
  };
}
