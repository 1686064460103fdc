import { readConditions, withVersion } from "./access-list-conditions";
import {
  conditionsHold,
  connectionDto,
  decodePageToken,
  existingList,
  MEMBER_PAGE_SIZE,
  pageLinks,
  requireListOwner,
  sendWithEtag,
} from "./access-list-http";
import { getAccessList, touch } from "./access-list-store";
import { orgCodeOf } from "../orgs/org-register";
import { registryProblems } from "./registry-problems";
import { isRecord, readRegistryJson } from "./request-body";
import { getResource, resourceOwnerOrg } from "./resource-store";
import type { RouteContext, Router } from "./router";

/** UpsertAccessListResourceConnectionDto: `actionFilters` null, absent or [] all mean every action. */
async function readActions(context: RouteContext): Promise<string[]> {
  const body = await readRegistryJson(context.req);
  if (!isRecord(body))
    throw registryProblems.modelValidation({
      $: ["The JSON value could not be converted to UpsertAccessListResourceConnectionDto."],
    });
  const filters = body.actionFilters;
  if (filters === undefined || filters === null) return [];
  if (!Array.isArray(filters) || filters.some((filter) => typeof filter !== "string")) {
    throw registryProblems.modelValidation({
      "$.actionFilters": [
        "The JSON value could not be converted to System.Collections.Generic.IReadOnlyList`1[System.String].",
      ],
    });
  }
  return [...new Set(filters as string[])];
}

export function addAccessListConnectionRoutes(router: Router): void {
  // 100 per page by resource identifier, with actions; the token pins the list version like the members' one.
  router.on("GET", "/access-lists/:owner/:id/resource-connections", async (context) => {
    const { owner } = await requireListOwner(context, false);
    const token = decodePageToken(context.query.get("token"));
    const conditions = readConditions(context.req);
    const list = existingList(getAccessList(context.env, owner, context.params.id ?? ""));
    if (!conditionsHold(context, list, token ? withVersion(conditions, token.version) : conditions)) return;
    const all = [...list.connections]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .filter(([id]) => !token || id >= token.from);
    sendWithEtag(context.res, 200, list, {
      links: pageLinks(context, list, "resource-connections", all[MEMBER_PAGE_SIZE]?.[0]),
      data: all.slice(0, MEMBER_PAGE_SIZE).map(([id, connection]) => connectionDto(id, connection)),
    });
  });

  // AccessListsController.UpsertAccessListResourceConnection: the resource must exist (RR-00002) and belong to
  // the caller's org code (RR-00004, resource.admin exempt) before the list is even looked up.
  router.on("PUT", "/access-lists/:owner/:id/resource-connections/:resourceId", async (context) => {
    const { owner, caller } = await requireListOwner(context, true);
    const conditions = readConditions(context.req);
    const actions = await readActions(context);
    const resourceId = context.params.resourceId ?? "";
    const resource = getResource(context.env, resourceId);
    if (!resource) throw registryProblems.resourceNotFound();
    const resourceOrgCode = resourceOwnerOrg(resource.resource).orgcode?.toLowerCase();
    const callerCode = (caller.orgCode ?? orgCodeOf(caller.orgNumber))?.toLowerCase();
    if (
      !caller.scopes.includes("altinn:resourceregistry/resource.admin") &&
      (!resourceOrgCode || resourceOrgCode !== callerCode)
    ) {
      throw registryProblems.otherOwnersResource();
    }
    const list = existingList(getAccessList(context.env, owner, context.params.id ?? ""));
    if (!conditionsHold(context, list, conditions)) return;
    const existing = list.connections.get(resourceId);
    const now = new Date().toISOString();
    const unchanged =
      existing &&
      existing.actions.length === actions.length &&
      actions.every((action) => existing.actions.includes(action));
    if (!unchanged) {
      list.connections.set(resourceId, { actions, createdAt: existing?.createdAt ?? now, updatedAt: now });
      touch(list);
    }
    const connection = list.connections.get(resourceId);
    if (!connection) throw new Error("connection vanished");
    sendWithEtag(context.res, 200, list, connectionDto(resourceId, connection));
  });

  // A connection that does not exist is 204; a missing list 404.
  router.on("DELETE", "/access-lists/:owner/:id/resource-connections/:resourceId", async (context) => {
    const { owner } = await requireListOwner(context, true);
    const conditions = readConditions(context.req);
    const list = existingList(getAccessList(context.env, owner, context.params.id ?? ""));
    if (!conditionsHold(context, list, conditions)) return;
    const resourceId = context.params.resourceId ?? "";
    const connection = list.connections.get(resourceId);
    if (!connection) return void context.res.writeHead(204).end();
    list.connections.delete(resourceId);
    touch(list);
    sendWithEtag(context.res, 200, list, connectionDto(resourceId, connection));
  });
}
