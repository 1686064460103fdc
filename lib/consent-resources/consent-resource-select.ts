import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import type { TEnvironment } from "@/lib/platform/environment";
import { readStoredDefinition, type TConsentResourceDefinition } from "./resource-definition-schema";

// What the portal reads of a consent resource, shared by the list and the detail reads.

export const versionSelect = {
  id: true,
  version: true,
  content: true,
  createdAt: true,
  createdById: true,
} as const satisfies Prisma.ConsentResourceVersionSelect;

export const publicationSelect = {
  id: true,
  environment: true,
  state: true,
  publishedAt: true,
  updatedAt: true,
  version: { select: { id: true, version: true } },
} as const satisfies Prisma.ConsentResourcePublicationSelect;

export type TPublicationState = "PUBLISHED" | "WITHDRAWN" | "DELETED";

export type TPublication = {
  id: string;
  environment: TEnvironment;
  state: TPublicationState;
  versionId: string;
  version: number;
  publishedAt: Date;
  updatedAt: Date;
};

export type TConsentResourceVersion = {
  id: string;
  version: number;
  /** The stored definition (saved only after ZConsentResourceDefinition accepted it), with fields added since defaulted. */
  content: TConsentResourceDefinition;
  createdAt: Date;
  createdById: string | null;
};

export function toPublication(
  row: Prisma.ConsentResourcePublicationGetPayload<{ select: typeof publicationSelect }>,
): TPublication {
  return {
    id: row.id,
    environment: row.environment,
    state: row.state,
    versionId: row.version.id,
    version: row.version.version,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
  };
}

export function toVersion(
  row: Prisma.ConsentResourceVersionGetPayload<{ select: typeof versionSelect }>,
): TConsentResourceVersion {
  return { ...row, content: readStoredDefinition(row.content) };
}

/** The publication of one environment, if any. */
export function publicationIn(publications: TPublication[], environment: TEnvironment): TPublication | null {
  return publications.find((p) => p.environment === environment) ?? null;
}
