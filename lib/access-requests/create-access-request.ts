import "server-only";
import { withPrismaErrors } from "@/lib/platform/db/map-prisma-error";
import type { TTx } from "@/lib/platform/db/prisma";
import { conflict, notFound } from "@/lib/platform/errors/app-error";
import { notifyAccessRequest } from "@/lib/notifications/notify-access-request";
import { openKeyOf } from "./schemas";
import type { TEnvironment } from "@/lib/platform/environment";

/**
 * A consumer asks for a consent resource published in one environment. Only one request per consumer,
 * resource and environment may be open; the unique `openKey` enforces it even when two are sent at once.
 */
export async function createAccessRequest(options: {
  tx: TTx;
  consumerOrganisationId: string;
  userId: string;
  resourceId: string;
  environment: TEnvironment;
  message: string;
}): Promise<{ requestId: string; resourceIdentifier: string }> {
  const { tx, consumerOrganisationId, resourceId, environment } = options;
  const publication = await tx.consentResourcePublication.findFirst({
    where: {
      resourceId,
      environment,
      state: "PUBLISHED",
      resource: { organisationId: { not: consumerOrganisationId } },
    },
    select: { resource: { select: { identifier: true, organisationId: true } } },
  });
  if (!publication) throw notFound("accessRequestResourceNotPublished");
  const openKey = openKeyOf(consumerOrganisationId, resourceId, environment);
  if (await tx.accessRequest.findUnique({ where: { openKey }, select: { id: true } }))
    throw conflict("accessRequestAlreadyOpen");
  // The unique `openKey` refuses a request that got in between the check and the insert.
  const request = await withPrismaErrors(
    () =>
      tx.accessRequest.create({
        data: {
          consumerOrganisationId,
          ownerOrganisationId: publication.resource.organisationId,
          resourceId,
          environment,
          message: options.message,
          openKey,
          createdById: options.userId,
          events: { create: { status: "SUBMITTED", actorId: options.userId } },
        },
        select: { id: true },
      }),
    { uniqueViolation: () => conflict("accessRequestAlreadyOpen") },
  );
  await notifyAccessRequest({ tx, requestId: request.id, kind: "submitted" });
  return { requestId: request.id, resourceIdentifier: publication.resource.identifier };
}
