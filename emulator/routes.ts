import { sendJson } from "./http-helpers";
import { idportenRoutes } from "./idporten/idporten-routes";
import type { EmulatorContext, RouteGroup } from "./route-group";

/** /_emulator/*: the emulator's own endpoints (health check for scripts and test setups). */
function emulatorRoutes(): RouteGroup {
  return {
    prefix: "/_emulator",
    handle(req, res) {
      if (req.url?.split("?")[0] === "/health" && (req.method === "GET" || req.method === "HEAD")) {
        sendJson(res, 200, { status: "ok" });
      } else {
        sendJson(res, 404, { error: "not_found" });
      }
    },
  };
}

/**
 * Every emulated service, mounted by path prefix. Extension point: add Maskinporten
 * (e.g. "/maskinporten") and the Altinn Resource Registry (e.g. "/resourceregistry")
 * here as further RouteGroup factories; each gets its prefix stripped from req.url.
 */
export async function createRouteGroups(context: EmulatorContext): Promise<RouteGroup[]> {
  return [emulatorRoutes(), await idportenRoutes(context)];
}
