import {
  checkPreconditions,
  connectionDto,
  decodeToken,
  encodeToken,
  existingList,
  memberDto,
  notModified,
  PAGE_SIZE,
  requireListOwner,
  sendWithEtag,
} from "./access-list-http";
import { type AccessList, accessListsOf, createAccessList, deleteAccessList, getAccessList, touch } from "./access-list-store";
import { sendJson } from "../http-helpers";
import { registryProblems } from "./registry-problems";
import { isRecord, readJsonBody } from "./request-body";
import type { RouteContext, Router } from "./router";

interface Includes {
  resources: boolean;
  members: boolean;
}

function parseIncludes(query: URLSearchParams): Includes {
  const values = query.getAll("include").flatMap((value) => value.split(",")).map((value) => value.trim().toLowerCase());
  return {
    resources: values.includes("resources") || values.includes("resource-connections"),
    members: values.includes("members"),
  };
}

export function listDto(list: AccessList, includes: Includes = { resources: false, members: false }, resourceFilter?: string) {
  const connections = [...list.connections].filter(([id]) => !resourceFilter || id === resourceFilter);
  return {
    identifier: list.identifier,
    name: list.name,
    description: list.description,
    createdAt: list.createdAt,
    updatedAt: list.updatedAt,
    ...(includes.resources ? { resourceConnections: connections.map(([id, connection]) => connectionDto(id, connection)) } : {}),
    ...(includes.members ? { members: list.sortedMembers.map((org) => memberDto(org, list.members.get(org) ?? "")) } : {}),
  };
}

async function readListInfo(context: RouteContext): Promise<{ name: string; description: string }> {
  const body = await readJsonBody(context.req);
  const errors: Record<string, string[]> = {};
  if (!isRecord(body) || typeof body.name !== "string" || !body.name.trim()) errors.name = ["name is required"];
  const description = isRecord(body) ? body.description : undefined;
  if (description !== undefined && description !== null && typeof description !== "string") {
    errors.description = ["description must be a string"];
  }
  if (Object.keys(errors).length) throw registryProblems.validation(errors);
  const info = body as { name: string; description?: string | null };
  return { name: info.name, description: info.description ?? "" };
}

function listOf(context: RouteContext): AccessList | undefined {
  return getAccessList(context.env, context.params.owner ?? "", context.params.id ?? "");
}

export function addAccessListRoutes(router: Router): void {
  router.on("GET", "/access-lists/:owner", async (context) => {
    await requireListOwner(context, false);
    const owner = context.params.owner ?? "";
    const after = decodeToken(context.query.get("token"));
    const includes = parseIncludes(context.query);
    const all = accessListsOf(context.env, owner).filter((list) => after === undefined || list.identifier > after);
    const page = all.slice(0, PAGE_SIZE);
    let next: string | null = null;
    const last = page[page.length - 1];
    if (all.length > PAGE_SIZE && last) {
      const params = new URLSearchParams({ token: encodeToken(last.identifier) });
      for (const include of context.query.getAll("include")) params.append("include", include);
      next = `${context.baseUrl}/access-lists/${encodeURIComponent(owner)}?${params}`;
    }
    const resource = context.query.get("resource") ?? undefined;
    sendJson(context.res, 200, { data: page.map((list) => listDto(list, includes, resource)), links: { next } });
  });

  router.on("GET", "/access-lists/:owner/:id", async (context) => {
    await requireListOwner(context, false);
    const list = existingList(listOf(context), context);
    checkPreconditions(context.req, list);
    if (notModified(context.req, context.res, list)) return;
    sendWithEtag(context.res, 200, list, listDto(list, parseIncludes(context.query)));
  });

  router.on("PUT", "/access-lists/:owner/:id", async (context) => {
    await requireListOwner(context, true);
    const identifier = context.params.id ?? "";
    if (!/^[a-z0-9][a-z0-9_-]{0,99}$/.test(identifier)) {
      throw registryProblems.validation({ identifier: ["identifier must be a-z, 0-9, _ and - (at most 100)"] });
    }
    const existing = listOf(context);
    checkPreconditions(context.req, existing);
    const info = await readListInfo(context);
    if (!existing) {
      const list = createAccessList(context.env, context.params.owner ?? "", identifier, info.name, info.description);
      return sendWithEtag(context.res, 201, list, listDto(list));
    }
    if (existing.name !== info.name || existing.description !== info.description) {
      Object.assign(existing, info);
      touch(existing);
    }
    sendWithEtag(context.res, 200, existing, listDto(existing));
  });

  router.on("DELETE", "/access-lists/:owner/:id", async (context) => {
    await requireListOwner(context, true);
    const list = listOf(context);
    checkPreconditions(context.req, list);
    if (!list) return void context.res.writeHead(204).end();
    deleteAccessList(context.env, list);
    sendWithEtag(context.res, 200, list, listDto(list));
  });
}
