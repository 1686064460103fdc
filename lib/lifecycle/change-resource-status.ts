import "server-only";
import { readStoredDefinition } from "@/lib/consent-resources/resource-definition-schema";
import type { Role } from "@/lib/platform/db/create-prisma-client";
import { requireProductionRole } from "@/lib/platform/auth/production-rule";
import type { TOrganisationSummary } from "@/lib/platform/auth/require-membership";
import { withPrismaErrors } from "@/lib/platform/db/map-prisma-error";
import type { TTx } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import { enqueuePublication } from "@/lib/publishing/enqueue-publication";
import { loadResourceForPublishing, resourceOwner } from "@/lib/publishing/load-resource-for-publishing";
import { lockConsentResource } from "@/lib/publishing/lock-consent-resource";
import { differsBeyondStatus } from "./status-change-options";
import { allowedStatusChanges, type TStatusChange } from "./status-transitions";

/**
 * Changes a consent resource's status: saves the latest version again with the new status as the next version, and
 * republishes it in every environment where the resource is published, through the registry's own jobs (Withdrawn:
 * the withdrawal, which also marks the publication withdrawn). Only the status may change on the way: an environment
 * that publishes a version differing in anything else is refused, so a status change never publishes an unreviewed
 * draft. Published in production: production's rule (administrators, a recent login).
 */
export async function changeResourceStatus(options: {
  tx: TTx;
  organisation: TOrganisationSummary;
  role: Role;
  userId: string;
  identifier: string;
  status: TStatusChange;
  baseVersion: number;
}): Promise<{ version: number; from: string; environments: TEnvironment[]; changeIds: string[] }> {
  const { tx, organisation, status } = options;
  resourceOwner(organisation);
  const resource = await loadResourceForPublishing(tx, organisation.id, options.identifier);
  // Serialised with publishing and list changes of this resource (lock-consent-resource.ts).
  await lockConsentResource(tx, resource.id);
  const latest = await tx.consentResourceVersion.findFirst({
    where: { resourceId: resource.id },
    orderBy: { version: "desc" },
    select: { version: true, content: true },
  });
  if (!latest) throw notFound("consentResourceVersionNotFound");
  if (latest.version !== options.baseVersion) throw conflict("consentResourceStale", { version: latest.version });
  const current = readStoredDefinition(latest.content);
  if (!allowedStatusChanges(current.status).includes(status))
    throw conflict("statusChangeNotAllowed", { from: current.status, to: status });

  const live = resource.publications.filter((p) => p.state === "PUBLISHED");
  if (live.some((p) => p.environment === "PROD")) requireProductionRole({ role: options.role, environment: "PROD" });
  for (const publication of live) {
    const published = readStoredDefinition(publication.version.content);
    if (differsBeyondStatus(published, current))
      throw conflict("statusNeedsPublishedVersion", {
        environment: publication.environment,
        published: publication.version.version,
        latest: latest.version,
      });
  }

  const version = latest.version + 1;
  const definition = { ...current, status };
  const saved = await withPrismaErrors(
    () =>
      tx.consentResourceVersion.create({
        data: { resourceId: resource.id, version, content: definition, createdById: options.userId },
        select: { id: true },
      }),
    { uniqueViolation: () => conflict("consentResourceStale", { version }) },
  );
  await tx.consentResource.update({ where: { id: resource.id }, data: { updatedAt: new Date() } });

  const changeIds: string[] = [];
  for (const { id, environment } of live) {
    const withdraw = status === "Withdrawn";
    await tx.consentResourcePublication.update({
      where: { id },
      data: { versionId: saved.id, state: withdraw ? "WITHDRAWN" : "PUBLISHED", publishedAt: new Date() },
    });
    const { changeId } = await enqueuePublication({
      tx,
      organisation,
      environment,
      identifier: resource.identifier,
      version,
      definition,
      withdraw,
      history: { resourceId: resource.id, kind: withdraw ? "WITHDRAWN" : "STATUS_CHANGED", actorId: options.userId },
    });
    changeIds.push(changeId);
  }
  return { version, from: current.status, environments: live.map((p) => p.environment), changeIds };
}
