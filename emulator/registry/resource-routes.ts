import { type AltinnCaller, requireAltinnToken } from "../altinn/require-altinn-token";
import { sendJson } from "../http-helpers";
import { prefixOwner } from "../orgs/org-register";
import { registryProblems } from "./registry-problems";
import { isRecord, readRegistryJson } from "./request-body";
import { assertWriteAccess, RESOURCE_ADMIN_SCOPE } from "./resource-owner";
import { deleteResource, getResource, listResources, saveResource } from "./resource-store";
import { bindingErrors, maskinportenScopes, validateResource } from "./resource-validation";
import { RegistryAnswer, type RouteContext, type Router } from "./router";

const WRITE_SCOPES = ["altinn:resourceregistry/resource.write", RESOURCE_ADMIN_SCOPE];

/** Binds the body and applies ServiceResourceHelper.ValidateResource; both answer `ValidationProblem(ModelState)`. */
async function readValidResource(
  context: RouteContext,
  isNew: boolean,
  beforeValidation?: (resource: Record<string, unknown>) => void,
) {
  const body = await readRegistryJson(context.req);
  if (!isRecord(body))
    throw registryProblems.modelValidation({
      $: ["The JSON value could not be converted to Altinn.ResourceRegistry.Core.Models.ServiceResource."],
    });
  beforeValidation?.(body);
  const binding = bindingErrors(body);
  if (Object.keys(binding).length) throw registryProblems.modelValidation(binding);
  const errors = validateResource(body, isNew);
  if (Object.keys(errors).length) throw registryProblems.modelValidation(errors);
  return body;
}

/**
 * MaskinportenSchemaAuthorizer.IsAuthorizedForChangeResourceWithScopes: every MaskinportenScope reference must
 * start with a prefix the caller's organisation owns followed by `:` (resource.admin is exempt); otherwise
 * `Unauthorized(CreateErrorResponseMissingPrefix(...))`: 401 with a ValidationProblemDetails whose
 * `errors.InvalidPrefix` lists the refused scopes.
 */
function assertScopePrefixes(caller: AltinnCaller, resource: Record<string, unknown>): void {
  if (caller.scopes.includes(RESOURCE_ADMIN_SCOPE)) return;
  const refused = maskinportenScopes(resource).filter((scope) => {
    const separator = scope.indexOf(":");
    return separator <= 0 || prefixOwner(scope.slice(0, separator)) !== caller.orgNumber;
  });
  if (!refused.length) return;
  throw new RegistryAnswer(401, {
    title: "Unauthorized",
    status: 401,
    detail: "Not authorized for creating resource with the listed scopes",
    errors: { InvalidPrefix: refused },
  });
}

function matches(value: unknown, term: string): boolean {
  if (typeof value === "string") return value.toLowerCase().includes(term);
  if (isRecord(value)) return Object.values(value).some((inner) => matches(inner, term));
  return false;
}

export function addResourceRoutes(router: Router): void {
  // Reads are public in Altinn: anyone may look up a resource and its texts.
  router.on("GET", "/resource/resourcelist", ({ res, env }) => {
    sendJson(
      res,
      200,
      listResources(env).map((stored) => stored.resource),
    );
  });

  router.on("GET", "/resource/search", ({ res, env, query }) => {
    const term = (query.get("SearchTerm") ?? query.get("searchTerm") ?? query.get("title") ?? "").toLowerCase();
    const id = query.get("id")?.toLowerCase();
    const type = query.get("ResourceType") ?? query.get("resourceType");
    const found = listResources(env)
      .map((stored) => stored.resource)
      .filter((resource) => !id || String(resource.identifier).includes(id))
      .filter((resource) => !type || resource.resourceType === type)
      .filter(
        (resource) =>
          !term ||
          matches(resource.identifier, term) ||
          matches(resource.title, term) ||
          matches(resource.description, term),
      );
    sendJson(res, 200, found);
  });

  router.on("GET", "/resource/:id", (context) => {
    const stored = getResource(context.env, context.params.id ?? "");
    if (!stored) throw registryProblems.status(404);
    sendJson(context.res, 200, stored.resource);
  });

  // ResourceController.Post: validation (400) → write access (bare 403) → scope prefixes (401) → 409 on a
  // duplicate → 201 with Location and no body.
  router.on("POST", "/resource", async (context) => {
    const caller = await requireAltinnToken(context.req, context.env, WRITE_SCOPES);
    const resource = await readValidResource(context, true);
    assertWriteAccess(caller, resource);
    assertScopePrefixes(caller, resource);
    const identifier = String(resource.identifier);
    if (getResource(context.env, identifier))
      throw new RegistryAnswer(409, `The Resource already exist: ${identifier}`);
    saveResource(context.env, identifier, resource);
    // Altinn sets the path-absolute "/resourceregistry/api/v1/resource/{id}" (relative to the platform host);
    // the emulator's equivalent carries its /{env}/platform prefix so it resolves the same way.
    const location = `${new URL(context.baseUrl).pathname}/resource/${identifier}`;
    context.res.writeHead(201, { location, "content-length": 0 }).end();
  });

  // ResourceController.Put: 404 before anything else, then the id check ("Id in path does not match ID in
  // resource", a JSON string), validation, write access judged on the *body's* competent authority, scope
  // prefixes; 200 with no body.
  router.on("PUT", "/resource/:id", async (context) => {
    const caller = await requireAltinnToken(context.req, context.env, WRITE_SCOPES);
    const id = context.params.id ?? "";
    const resource = await readValidResource(context, false, (body) => {
      if (!getResource(context.env, id)) throw registryProblems.status(404);
      if (body.identifier !== id) throw registryProblems.badRequestText("Id in path does not match ID in resource");
    });
    assertWriteAccess(caller, resource);
    assertScopePrefixes(caller, resource);
    saveResource(context.env, id, resource);
    context.res.writeHead(200, { "content-length": 0 }).end();
  });

  // ResourceController.Delete: refused in production (403 text), 404, bare 403 without write access, 204.
  router.on("DELETE", "/resource/:id", async (context) => {
    const caller = await requireAltinnToken(context.req, context.env, WRITE_SCOPES);
    if (context.env === "prod")
      throw new RegistryAnswer(403, "Delete operation is not allowed in PROD environment", "text/plain; charset=utf-8");
    const stored = getResource(context.env, context.params.id ?? "");
    if (!stored) throw registryProblems.status(404);
    assertWriteAccess(caller, stored.resource);
    deleteResource(context.env, context.params.id ?? "");
    context.res.writeHead(204).end();
  });
}
