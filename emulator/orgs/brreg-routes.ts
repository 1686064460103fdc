import { sendJson } from "../http-helpers";
import type { RouteGroup } from "../route-group";
import { organisationName } from "./org-register";

/** Brønnøysund's Enhetsregisteret, reduced to the name lookup the portal needs. */
export function brregRoutes(): RouteGroup {
  return {
    prefix: "/brreg",
    handle(req, res) {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const match = /^\/enhetsregisteret\/api\/enheter\/([^/]+)$/.exec(path);
      if (!match?.[1] || (req.method !== "GET" && req.method !== "HEAD")) {
        sendJson(res, 404, { status: 404, error: "Not Found", path: req.originalUrl });
        return;
      }
      const orgNumber = decodeURIComponent(match[1]);
      const navn = organisationName(orgNumber);
      if (!navn) {
        sendJson(res, 404, {
          status: 404,
          error: "Not Found",
          message: `Ingen enhet med organisasjonsnummer ${orgNumber}`,
        });
        return;
      }
      sendJson(res, 200, { organisasjonsnummer: orgNumber, navn });
    },
  };
}
