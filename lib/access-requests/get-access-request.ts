import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { accessRequestSummarySelect, type TAccessRequestSummary } from "./list-access-requests";
import { publishedTermsOf } from "./published-terms";

export type TAccessRequestDetail = TAccessRequestSummary & {
  events: { id: string; status: string; note: string | null; actorName: string | null; createdAt: Date }[];
  grants: {
    id: string;
    kind: string;
    target: string;
    operation: string;
    change: { id: string; status: "PENDING" | "SYNCED" | "FAILED"; lastError: string | null; attempts: number } | null;
  }[];
  /** What the request asks for, from the version published in the request's environment. */
  asked: { scopes: string[]; accessListName: string | null };
};

/**
 * One request, seen by its consumer or its owner. The organisation is part of the query, so another
 * organisation's request is simply not found (the page answers 404).
 */
export async function getAccessRequest(options: {
  organisationId: string;
  side: "consumer" | "owner";
  requestId: string;
}): Promise<TAccessRequestDetail | null> {
  const request = await db().accessRequest.findFirst({
    where: {
      id: options.requestId,
      ...(options.side === "consumer"
        ? { consumerOrganisationId: options.organisationId }
        : { ownerOrganisationId: options.organisationId }),
    },
    select: {
      ...accessRequestSummarySelect,
      resourceId: true,
      events: {
        orderBy: { createdAt: "asc" },
        select: { id: true, status: true, note: true, actorId: true, createdAt: true },
      },
      grants: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, target: true, operation: true, upstreamChangeId: true },
      },
    },
  });
  if (!request) return null;
  const [actors, changes, publication, list] = await Promise.all([
    db().user.findMany({
      where: { id: { in: request.events.flatMap((event) => (event.actorId ? [event.actorId] : [])) } },
      select: { id: true, name: true },
    }),
    db().upstreamChange.findMany({
      where: { id: { in: request.grants.map((grant) => grant.upstreamChangeId) } },
      select: { id: true, status: true, lastError: true, attempts: true },
    }),
    db().consentResourcePublication.findFirst({
      where: { resourceId: request.resourceId, environment: request.environment },
      select: { version: { select: { content: true } } },
    }),
    db().accessListResourceLink.findFirst({
      where: { resourceId: request.resourceId, accessList: { environment: request.environment } },
      select: { accessList: { select: { name: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const actorName = new Map(actors.map((actor) => [actor.id, actor.name]));
  const changeById = new Map(changes.map((change) => [change.id, change]));
  const { events, grants, resourceId: _resourceId, ...summary } = request;
  return {
    ...summary,
    events: events.map(({ actorId, ...event }) => ({
      ...event,
      actorName: actorId ? (actorName.get(actorId) ?? null) : null,
    })),
    grants: grants.map(({ upstreamChangeId, ...grant }) => {
      const change = changeById.get(upstreamChangeId) ?? null;
      // The owner's upstream errors are the owner's business: a consumer sees only the state.
      return { ...grant, change: change && options.side === "consumer" ? { ...change, lastError: null } : change };
    }),
    asked: {
      scopes: publication ? publishedTermsOf(publication.version.content).scopeReferences : [],
      accessListName: list?.accessList.name ?? null,
    },
  };
}

/** Whether the request is waiting for upstream changes: provisioning, or a grant queued again after failing. */
export function isWaiting(request: Pick<TAccessRequestDetail, "status" | "grants">): boolean {
  if (request.status === "PROVISIONING") return true;
  return (
    request.status === "FAILED" &&
    request.grants.some((grant) => grant.operation === "grant" && grant.change?.status === "PENDING")
  );
}
