import { requireAltinnToken } from "../altinn/require-altinn-token";
import { sendJson } from "../http-helpers";
import { prefixOwner } from "../orgs/org-register";
import { registryProblems } from "./registry-problems";
import { isRecord, readJsonBody } from "./request-body";
import { assertCallerOwnsResource } from "./resource-owner";
import { deleteResource, getResource, listResources, saveResource } from "./resource-store";
import { validateResource } from "./resource-validation";
import type { RouteContext, Router } from "./router";

const WRITE_SCOPES = ["altinn:resourceregistry/resource.write", "altinn:resourceregistry/resource.admin"];

/** Reads the body and applies the registry's rules; the caller must own every scope prefix it references. */
async function readValidResource(context: RouteContext, callerOrg: string): Promise<Record<string, unknown>> {
  const body = await readJsonBody(context.req);
  if (!isRecord(body)) throw registryProblems.validation({ body: ["The body must be a resource object"] });
  const errors = validateResource(body, (prefix) => prefixOwner(prefix) === callerOrg);
  if (Object.keys(errors).length) throw registryProblems.validation(errors);
  return body;
}

function existing(context: RouteContext) {
  const stored = getResource(context.env, context.params.id ?? "");
  if (!stored) throw registryProblems.notFound(`Resource ${context.params.id} does not exist`);
  return stored;
}

function matches(value: unknown, term: string): boolean {
  if (typeof value === "string") return value.toLowerCase().includes(term);
  if (isRecord(value)) return Object.values(value).some((inner) => matches(inner, term));
  return false;
}

export function addResourceRoutes(router: Router): void {
  // Reads are public in Altinn: anyone may look up a resource and its texts.
  router.on("GET", "/resource/resourcelist", ({ res, env }) => {
    sendJson(res, 200, listResources(env).map((stored) => stored.resource));
  });

  router.on("GET", "/resource/search", ({ res, env, query }) => {
    const term = (query.get("SearchTerm") ?? query.get("searchTerm") ?? query.get("title") ?? "").toLowerCase();
    const id = query.get("id")?.toLowerCase();
    const type = query.get("ResourceType") ?? query.get("resourceType");
    const found = listResources(env)
      .map((stored) => stored.resource)
      .filter((resource) => !id || String(resource.identifier).includes(id))
      .filter((resource) => !type || resource.resourceType === type)
      .filter((resource) => !term || matches(resource.identifier, term) || matches(resource.title, term) || matches(resource.description, term));
    sendJson(res, 200, found);
  });

  router.on("GET", "/resource/:id", (context) => sendJson(context.res, 200, existing(context).resource));

  router.on("POST", "/resource", async (context) => {
    const caller = await requireAltinnToken(context.req, context.env, WRITE_SCOPES);
    const resource = await readValidResource(context, caller.orgNumber);
    assertCallerOwnsResource(caller, resource);
    const identifier = String(resource.identifier);
    if (getResource(context.env, identifier)) throw registryProblems.conflict(`Resource ${identifier} already exists`);
    saveResource(context.env, identifier, resource);
    context.res.setHeader("location", `${context.baseUrl}/resource/${encodeURIComponent(identifier)}`);
    sendJson(context.res, 201, resource);
  });

  router.on("PUT", "/resource/:id", async (context) => {
    const caller = await requireAltinnToken(context.req, context.env, WRITE_SCOPES);
    const resource = await readValidResource(context, caller.orgNumber);
    if (resource.identifier !== context.params.id) {
      throw registryProblems.validation({ identifier: ["The identifier in the body must equal the one in the URL"] });
    }
    // Both checks: the caller must own the resource now and must not hand it to someone else.
    assertCallerOwnsResource(caller, existing(context).resource);
    assertCallerOwnsResource(caller, resource);
    saveResource(context.env, String(resource.identifier), resource);
    sendJson(context.res, 200, resource);
  });

  router.on("DELETE", "/resource/:id", async (context) => {
    const caller = await requireAltinnToken(context.req, context.env, WRITE_SCOPES);
    assertCallerOwnsResource(caller, existing(context).resource);
    deleteResource(context.env, context.params.id ?? "");
    context.res.writeHead(204).end();
  });
}
