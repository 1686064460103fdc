import { HttpError, readJson, sendJson } from "../../http-helpers";
import type { RouteGroup } from "../../route-group";
import type { EnvName } from "../../state/environments";
import { maskinportenState } from "../maskinporten-store";
import { OAuthError, sendOAuthError } from "../oauth-error";
import { verifyMaskinportenToken } from "../verify-access-token";
import { type AdminRequest, notFound } from "./admin-request";
import * as clients from "./client-handlers";
import { grantScopeAccess, listScopeAccess, revokeScopeAccess } from "./scope-access-handlers";
import { createScope, deactivateScope, readScopes, updateScope } from "./scope-handlers";

const API_BASE = "/api/v1";

/** /{env}/maskinporten-admin/api/v1: Digdir's self-service API for scopes, scope access and clients. */
export function maskinportenAdminRoutes(env: EnvName): RouteGroup {
  return {
    prefix: `/${env}/maskinporten-admin`,
    async handle(req, res) {
      const url = new URL(req.url ?? "/", "http://emulator");
      try {
        if (!url.pathname.startsWith(`${API_BASE}/`)) throw notFound(`No such path ${url.pathname}`);
        const caller = await verifyMaskinportenToken(req.headers.authorization, env);
        if ("error" in caller) throw new OAuthError("invalid_token", caller.error, 401);
        const method = req.method ?? "GET";
        const body = method === "POST" || method === "PUT" ? await readJson(req) : undefined;
        const path = url.pathname.slice(API_BASE.length).replace(/\/+$/, "");
        route({ env, state: maskinportenState(env), caller, method, path, query: url.searchParams, body, res });
      } catch (error) {
        if (error instanceof OAuthError) sendOAuthError(res, error);
        else if (error instanceof HttpError)
          sendJson(res, error.status, { error: "invalid_request", error_description: error.message });
        else throw error;
      }
    },
  };
}

function route(request: AdminRequest): void {
  const { method, path } = request;
  const access = /^\/scopes\/access\/([^/]+)$/.exec(path);
  const client = /^\/clients\/([^/]+)(\/jwks)?$/.exec(path);
  if (path === "/scopes") {
    if (method === "POST") return createScope(request);
    if (method === "GET") return readScopes(request);
    if (method === "PUT") return updateScope(request);
    if (method === "DELETE") return deactivateScope(request);
  } else if (path === "/scopes/access" && method === "GET") {
    return listScopeAccess(request);
  } else if (access?.[1]) {
    const orgNumber = decodeURIComponent(access[1]);
    if (method === "PUT") return grantScopeAccess(request, orgNumber);
    if (method === "DELETE") return revokeScopeAccess(request, orgNumber);
  } else if (path === "/clients") {
    if (method === "POST") return clients.createClient(request);
    if (method === "GET") return clients.listClients(request);
  } else if (client?.[1]) {
    const clientId = decodeURIComponent(client[1]);
    if (client[2]) {
      if (method === "GET") return clients.readClientJwks(request, clientId);
      if (method === "POST" || method === "PUT") return clients.replaceClientJwks(request, clientId);
    } else {
      if (method === "GET") return clients.readClient(request, clientId);
      if (method === "PUT") return clients.updateClient(request, clientId);
      if (method === "DELETE") return clients.deleteClient(request, clientId);
    }
  }
  throw new OAuthError("not_found", `No route for ${method} ${API_BASE}${path}`, 404);
}
