import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import type { TDb, TTx } from "@/lib/platform/db/prisma";
import type { TKitResource } from "./consent-request-rules";
import { templateUsesRequestMessage } from "./template-uses-request-message";

// The consent resources the kit can build requests for: published (not withdrawn) in the test environment,
// read from the published version, since that is what Altinn holds and checks requests against.

const ZPublishedDefinition = z.object({
  title: z.object({ nb: z.string(), nn: z.string(), en: z.string() }).partial().catch({}),
  consentTemplate: z.string().catch("default"),
  consentMetadata: z.array(z.object({ key: z.string(), optional: z.boolean().catch(false) })).catch([]),
  scopeReferences: z.array(z.string()).catch([]),
  isOneTimeConsent: z.boolean().catch(false),
});

const kitSelect = {
  version: { select: { content: true } },
  resource: {
    select: {
      identifier: true,
      organisation: { select: { name: true, orgNumber: true } },
      accessListLinks: { select: { accessList: { select: { environment: true, name: true } } } },
    },
  },
} as const satisfies Prisma.ConsentResourcePublicationSelect;

type TRow = Prisma.ConsentResourcePublicationGetPayload<{ select: typeof kitSelect }>;

async function toKitResource(row: TRow): Promise<TKitResource> {
  const definition = ZPublishedDefinition.parse(row.version.content ?? {});
  const list = row.resource.accessListLinks.find((link) => link.accessList.environment === "TEST");
  return {
    identifier: row.resource.identifier,
    title: definition.title,
    owner: row.resource.organisation,
    consentTemplate: definition.consentTemplate,
    metadata: definition.consentMetadata,
    usesRequestMessage: await templateUsesRequestMessage(definition.consentTemplate),
    scopes: definition.scopeReferences,
    isOneTimeConsent: definition.isOneTimeConsent,
    accessListName: list?.accessList.name ?? null,
  };
}

export async function listKitResources(db: TDb): Promise<TKitResource[]> {
  const rows = await db.consentResourcePublication.findMany({
    where: { environment: "TEST", state: "PUBLISHED" },
    select: kitSelect,
    orderBy: { resource: { identifier: "asc" } },
  });
  return Promise.all(rows.map(toKitResource));
}

export async function findKitResource(db: TDb | TTx, identifier: string): Promise<TKitResource | null> {
  const row = await db.consentResourcePublication.findFirst({
    where: { environment: "TEST", state: "PUBLISHED", resource: { identifier } },
    select: kitSelect,
  });
  return row ? toKitResource(row) : null;
}
