import { checkPreconditions, connectionDto, existingList, requireListOwner, sendWithEtag } from "./access-list-http";
import { type AccessList, getAccessList, touch } from "./access-list-store";
import { registryProblems } from "./registry-problems";
import { isRecord, readJsonBody } from "./request-body";
import { assertCallerOwnsResource } from "./resource-owner";
import { getResource } from "./resource-store";
import type { RouteContext, Router } from "./router";

function listFor(context: RouteContext): AccessList {
  return existingList(getAccessList(context.env, context.params.owner ?? "", context.params.id ?? ""), context);
}

/** `{"actionFilters": [...]}`; null, absent or [] all mean "every action" (as in Altinn). */
async function readActionFilters(context: RouteContext): Promise<string[] | null> {
  const body = await readJsonBody(context.req);
  const filters = isRecord(body) ? body.actionFilters : undefined;
  if (filters === undefined || filters === null) return null;
  if (!Array.isArray(filters) || filters.some((filter) => typeof filter !== "string" || !filter)) {
    throw registryProblems.validation({ actionFilters: ["actionFilters must be null or an array of action names"] });
  }
  return filters.length ? [...new Set(filters as string[])] : null;
}

export function addAccessListConnectionRoutes(router: Router): void {
  router.on("GET", "/access-lists/:owner/:id/resource-connections", async (context) => {
    await requireListOwner(context, false);
    const list = listFor(context);
    checkPreconditions(context.req, list);
    const data = [...list.connections].map(([id, connection]) => connectionDto(id, connection));
    sendWithEtag(context.res, 200, list, { data, links: { next: null } });
  });

  router.on("PUT", "/access-lists/:owner/:id/resource-connections/:resourceId", async (context) => {
    const caller = await requireListOwner(context, true);
    const list = listFor(context);
    const resourceId = context.params.resourceId ?? "";
    const resource = getResource(context.env, resourceId);
    if (!resource) throw registryProblems.notFound(`Resource ${resourceId} does not exist`);
    // Altinn: a list may only be connected to resources of the same service owner.
    assertCallerOwnsResource(caller, resource.resource);
    checkPreconditions(context.req, list);
    const actionFilters = await readActionFilters(context);
    const now = new Date().toISOString();
    const connection = { actionFilters, createdAt: list.connections.get(resourceId)?.createdAt ?? now, updatedAt: now };
    list.connections.set(resourceId, connection);
    touch(list);
    sendWithEtag(context.res, 200, list, connectionDto(resourceId, connection));
  });

  router.on("DELETE", "/access-lists/:owner/:id/resource-connections/:resourceId", async (context) => {
    await requireListOwner(context, true);
    const list = listFor(context);
    checkPreconditions(context.req, list);
    const resourceId = context.params.resourceId ?? "";
    const connection = list.connections.get(resourceId);
    if (!connection) return void context.res.writeHead(204).end();
    list.connections.delete(resourceId);
    touch(list);
    sendWithEtag(context.res, 200, list, connectionDto(resourceId, connection));
  });
}
