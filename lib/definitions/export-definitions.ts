import "server-only";
import { db } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import type { TDefinitionsDocument } from "./definitions-schema";
import { readPortalDefinitions } from "./read-portal-definitions";

/** The organisation's definitions in one environment as a document; planning it back plans no change. */
export async function exportDefinitions(input: {
  organisationId: string;
  environment: TEnvironment;
}): Promise<TDefinitionsDocument> {
  const { document } = await readPortalDefinitions({ db: db(), ...input });
  return document;
}
