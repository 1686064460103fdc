import "server-only";
import type { Prisma } from "@/lib/platform/db/create-prisma-client";
import { db } from "@/lib/platform/db/prisma";
import type { TEnvironment } from "@/lib/platform/environment";

export const accessRequestSummarySelect = {
  id: true,
  environment: true,
  status: true,
  message: true,
  decisionReason: true,
  createdAt: true,
  updatedAt: true,
  resource: { select: { id: true, identifier: true } },
  consumerOrganisation: { select: { orgNumber: true, name: true } },
  ownerOrganisation: { select: { orgNumber: true, name: true } },
} as const satisfies Prisma.AccessRequestSelect;

export type TAccessRequestSummary = Prisma.AccessRequestGetPayload<{ select: typeof accessRequestSummarySelect }>;

export type TAccessRequestFilters = {
  status?: Prisma.AccessRequestWhereInput["status"];
  environment?: TEnvironment;
  resourceId?: string;
};

/**
 * The requests an organisation sent (`consumer`) or must decide (`owner`). The organisation is part of
 * the query, so one consumer never lists another's requests.
 */
export async function listAccessRequests(options: {
  organisationId: string;
  side: "consumer" | "owner";
  filters?: TAccessRequestFilters;
}): Promise<TAccessRequestSummary[]> {
  const { filters = {} } = options;
  return db().accessRequest.findMany({
    where: {
      ...(options.side === "consumer"
        ? { consumerOrganisationId: options.organisationId }
        : { ownerOrganisationId: options.organisationId }),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.environment ? { environment: filters.environment } : {}),
      ...(filters.resourceId ? { resourceId: filters.resourceId } : {}),
    },
    select: accessRequestSummarySelect,
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}

/** The owner's resources that have been asked for, for the queue's resource filter. */
export async function listRequestedResources(options: { ownerOrganisationId: string }) {
  return db().consentResource.findMany({
    where: { organisationId: options.ownerOrganisationId, accessRequests: { some: {} } },
    select: { id: true, identifier: true },
    orderBy: { identifier: "asc" },
  });
}
