import type { ServerResponse } from "node:http";
import { HttpError, readJson, sendJson } from "../http-helpers";
import { currentFaultRules, parseFaultRules, replaceFaultRules } from "../faults/fault-rules";
import { OAuthError } from "../maskinporten/oauth-error";
import type { RouteGroup } from "../route-group";
import { resetAllStores, snapshotAllStores } from "../state/store-registry";
import { decide } from "./control-decisions";
import { addDelegations, grantScopeAccess, registerClient, removeDelegations } from "./control-maskinporten";
import { seedAccessLists, seedResources, seedScopes } from "./control-seed";

/**
 * /_emulator/*: endpoints for tests and local scripts only (the emulator is never deployed): health, reset to the
 * built-in data, a state dump with the request log, fault injection, and direct set-up of delegations and clients.
 */
export function controlRoutes(): RouteGroup {
  return {
    prefix: "/_emulator",
    async handle(req, res) {
      const path = (req.url ?? "/").split("?")[0];
      const method = req.method ?? "GET";
      try {
        if (path === "/health" && (method === "GET" || method === "HEAD")) return sendJson(res, 200, { status: "ok" });
        if (path === "/reset" && method === "POST") {
          resetAllStores(); // the fault rules and the request log are stores too
          return sendJson(res, 200, { status: "reset" });
        }
        if (path === "/state" && method === "GET") return sendJson(res, 200, snapshotAllStores());
        if (path === "/faults") return await faults(method, req, res);
        if (path === "/delegations" && method === "POST")
          return sendJson(res, 200, addDelegations(await readJson(req)));
        if (path === "/delegations" && method === "DELETE")
          return sendJson(res, 200, removeDelegations(await readJson(req)));
        if (path === "/scope-access" && method === "POST")
          return sendJson(res, 200, grantScopeAccess(await readJson(req)));
        if (path === "/clients" && method === "POST") return sendJson(res, 201, registerClient(await readJson(req)));
        if (path === "/decisions" && method === "POST") return sendJson(res, 200, decide(await readJson(req)));
        if (path === "/seed/scopes" && method === "POST") return sendJson(res, 201, seedScopes(await readJson(req)));
        if (path === "/seed/resources" && method === "POST")
          return sendJson(res, 201, seedResources(await readJson(req)));
        if (path === "/seed/access-lists" && method === "POST")
          return sendJson(res, 201, seedAccessLists(await readJson(req)));
        sendJson(res, 404, { error: "not_found" });
      } catch (error) {
        if (error instanceof OAuthError)
          return sendJson(res, error.status, { error: error.error, error_description: error.description });
        if (error instanceof HttpError)
          return sendJson(res, error.status, { error: "invalid_request", error_description: error.message });
        throw error;
      }
    },
  };
}

async function faults(method: string, req: Parameters<RouteGroup["handle"]>[0], res: ServerResponse): Promise<void> {
  if (method === "GET") return sendJson(res, 200, currentFaultRules());
  if (method === "DELETE") {
    replaceFaultRules([]);
    return sendJson(res, 200, []);
  }
  if (method !== "PUT" && method !== "POST") return sendJson(res, 405, { error: "method_not_allowed" });
  try {
    // PUT replaces every rule; POST appends, so tests running side by side don't wipe each other's rules.
    const rules = parseFaultRules(await readJson(req));
    replaceFaultRules(method === "POST" ? [...currentFaultRules(), ...rules] : rules);
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, error instanceof Error ? error.message : "invalid fault rules");
  }
  sendJson(res, 200, currentFaultRules());
}
