import "server-only";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict } from "@/lib/platform/errors/app-error";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { enqueuePublication } from "./enqueue-publication";
import { loadResourceForPublishing, resourceOwner } from "./load-resource-for-publishing";
import type { TPublishPayload } from "./publication-payload";
import type { TEnvironment } from "@/lib/platform/environment";

/** Withdraws the published version (status Withdrawn in the registry); allowed in test and prod. */
export async function withdrawConsentResource(options: {
  tx: TTx;
  organisation: TOrganisationSummary;
  identifier: string;
  environment: TEnvironment;
  /** Who withdraws, for the resource's history. */
  actorId?: string | null;
}): Promise<{ changeId: string; version: number }> {
  const { tx, organisation, identifier, environment } = options;
  resourceOwner(organisation);
  const resource = await loadResourceForPublishing(tx, organisation.id, identifier);
  const publication = resource.publications.find((p) => p.environment === environment);
  if (publication?.state !== "PUBLISHED") throw conflict("notPublished");
  await tx.consentResourcePublication.update({ where: { id: publication.id }, data: { state: "WITHDRAWN" } });
  const version = publication.version.version;
  const definition = publication.version.content as unknown as TPublishPayload["definition"];
  const target = { tx, organisation, environment, identifier };
  const history = { resourceId: resource.id, kind: "WITHDRAWN" as const, actorId: options.actorId };
  const { changeId } = await enqueuePublication({ ...target, version, definition, withdraw: true, history });
  return { changeId, version };
}
