import { sendJson } from "../http-helpers";
import { allowsCreating, readConditions, validateConditions } from "./access-list-conditions";
import { decodeOpaque, encodeOpaque } from "./access-list-etag";
import {
  conditionsHold,
  connectionDto,
  existingList,
  LIST_PAGE_SIZE,
  links,
  requireListOwner,
  sendWithEtag,
} from "./access-list-http";
import {
  type AccessList,
  accessListsOf,
  createAccessList,
  deleteAccessList,
  getAccessList,
  touch,
} from "./access-list-store";
import { registryProblems, validationErrors } from "./registry-problems";
import { isRecord, readRegistryJson } from "./request-body";
import type { RouteContext, Router } from "./router";

/** `include=` values (Models/ModelBinding/AccessListIncludesModelBinder.cs: ordinal, comma-separated, repeatable). */
interface Includes {
  resources: boolean;
  actions: boolean;
  members: boolean;
}

function parseIncludes(query: URLSearchParams): Includes {
  const names = query
    .getAll("include")
    .flatMap((value) => value.split(","))
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !["resources", "resource-actions", "members"].includes(name));
  if (unknown.length)
    throw registryProblems.modelValidation({ include: unknown.map((name) => `Invalid value: '${name}'`) });
  const actions = names.includes("resource-actions");
  return { resources: actions || names.includes("resources"), actions, members: names.includes("members") };
}

/**
 * AccessListInfoDto. With resource connections included, only the connection to `resourceFilter` is listed
 * (AccessListsRepository.LoadResourceConnections), and `actionFilters` only with `resource-actions`.
 */
export function listDto(list: AccessList, includes?: Includes, resourceFilter?: string) {
  const connections = [...list.connections].filter(([id]) => resourceFilter === undefined || id === resourceFilter);
  return {
    urn: `urn:altinn:access-list:${list.owner}:${list.identifier}`,
    identifier: list.identifier,
    name: list.name,
    description: list.description,
    createdAt: list.createdAt,
    updatedAt: list.updatedAt,
    ...(includes?.resources
      ? { resourceConnections: connections.map(([id, connection]) => connectionDto(id, connection, includes.actions)) }
      : {}),
  };
}

/** CreateAccessListModel(string Name, string? Description): a non-nullable Name is [Required] (no empty string). */
async function readListInfo(context: RouteContext): Promise<{ name: string; description: string }> {
  const body = await readRegistryJson(context.req);
  if (!isRecord(body))
    throw registryProblems.modelValidation({ $: ["The JSON value could not be converted to CreateAccessListModel."] });
  const { name, description } = body;
  if (name !== undefined && name !== null && typeof name !== "string")
    throw registryProblems.modelValidation({ "$.name": ["The JSON value could not be converted to System.String."] });
  if (description !== undefined && description !== null && typeof description !== "string") {
    throw registryProblems.modelValidation({
      "$.description": ["The JSON value could not be converted to System.String."],
    });
  }
  if (typeof name !== "string" || name === "")
    throw registryProblems.modelValidation({ Name: ["The Name field is required."] });
  return { name, description: typeof description === "string" ? description : "" };
}

function decodeListToken(token: string | null): string | undefined {
  if (token === null) return undefined;
  const value = decodeOpaque(token);
  if (typeof value !== "string")
    throw registryProblems.modelValidation({ token: [`The value '${token}' is not valid.`] });
  return value;
}

export function addAccessListRoutes(router: Router): void {
  // AccessListsController.GetAccessListsByOwner: 20 per page (AccessListService SMALL_PAGE_SIZE), by identifier.
  router.on("GET", "/access-lists/:owner", async (context) => {
    const { owner } = await requireListOwner(context, false);
    const includes = parseIncludes(context.query);
    const from = decodeListToken(context.query.get("token"));
    if (includes.members) throw registryProblems.includeMembersNotImplemented();
    const resource = context.query.get("resource");
    if (includes.resources && !resource?.trim()) {
      throw registryProblems.validation([
        {
          ...validationErrors.includeResourceConnectionsMissingResource,
          paths: ["/$QUERY/include", "/$QUERY/resource"],
        },
      ]);
    }
    const all = accessListsOf(context.env, owner).filter((list) => from === undefined || list.identifier >= from);
    const page = all.slice(0, LIST_PAGE_SIZE);
    const following = all[LIST_PAGE_SIZE];
    let next: string | undefined;
    if (following) {
      // As Url.Link writes it: the include flags go out as `includes=` (a name the binder does not read) and
      // `resource` is dropped, so the next page comes without resource connections unless the client re-adds them.
      const params = new URLSearchParams({ token: encodeOpaque(following.identifier) });
      const flags = [includes.resources && "resources", includes.actions && "resource-actions"]
        .filter(Boolean)
        .join(",");
      if (flags) params.set("includes", flags);
      next = `${context.baseUrl}/access-lists/${encodeURIComponent(owner)}?${params}`;
    }
    sendJson(context.res, 200, {
      links: links(next),
      data: page.map((list) => listDto(list, includes, includes.resources ? (resource ?? undefined) : undefined)),
    });
  });

  router.on("GET", "/access-lists/:owner/:id", async (context) => {
    const { owner } = await requireListOwner(context, false);
    const includes = parseIncludes(context.query);
    const conditions = readConditions(context.req);
    const list = existingList(getAccessList(context.env, owner, context.params.id ?? ""));
    if (!conditionsHold(context, list, conditions)) return;
    sendWithEtag(context.res, 200, list, listDto(list, includes));
  });

  // Upsert: 200 both when created and when updated (VersionedTaggedObjectResult); a condition that does not
  // allow creating (If-Match) on a missing list is 412.
  router.on("PUT", "/access-lists/:owner/:id", async (context) => {
    const { owner } = await requireListOwner(context, true);
    const conditions = readConditions(context.req);
    const info = await readListInfo(context);
    const identifier = context.params.id ?? "";
    const existing = getAccessList(context.env, owner, identifier);
    if (!existing) {
      if (!allowsCreating(conditions)) throw registryProblems.status(412);
      const list = createAccessList(context.env, owner, identifier, info.name, info.description);
      return sendWithEtag(context.res, 200, list, listDto(list));
    }
    if (
      validateConditions(conditions, { exists: true, version: existing.version, updatedAt: existing.updatedAt }) !==
      "succeeded"
    ) {
      throw registryProblems.status(412);
    }
    if (existing.name !== info.name || existing.description !== info.description) {
      Object.assign(existing, info);
      touch(existing);
    }
    sendWithEtag(context.res, 200, existing, listDto(existing));
  });

  // PATCH is declared but throws NotImplementedException, which NotImplementedFilter turns into a bare 501.
  router.on("PATCH", "/access-lists/:owner/:id", async (context) => {
    await requireListOwner(context, true);
    if (!(context.req.headers["content-type"] ?? "").toLowerCase().startsWith("application/json-patch+json")) {
      throw registryProblems.status(415);
    }
    throw registryProblems.status(501);
  });

  // A list that does not exist is 204 whatever the conditions say; an existing one answers 200 with the list.
  router.on("DELETE", "/access-lists/:owner/:id", async (context) => {
    const { owner } = await requireListOwner(context, true);
    const conditions = readConditions(context.req);
    const list = getAccessList(context.env, owner, context.params.id ?? "");
    if (!list) return void context.res.writeHead(204).end();
    if (
      validateConditions(conditions, { exists: true, version: list.version, updatedAt: list.updatedAt }) !== "succeeded"
    ) {
      throw registryProblems.status(412);
    }
    deleteAccessList(context.env, list);
    touch(list);
    sendWithEtag(context.res, 200, list, listDto(list));
  });
}
