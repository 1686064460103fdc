import { sendJson } from "../http-helpers";
import type { RouteGroup } from "../route-group";
import type { ConsentTemplateCatalogue } from "./template-catalogue";

export const CONSENT_TEMPLATES_PATH = "/altinn-studio-docs/consent_templates.json";

/**
 * GET /altinn-studio-docs/consent_templates.json: the stand-in for the raw file
 * https://raw.githubusercontent.com/Altinn/altinn-studio-docs/master/content/authorization/architecture/resourceregistry/consent_templates.json
 * that Altinn (ResourceRegistryClient.GetConsentTemplates) and Altinn Studio read. One catalogue for both environments,
 * as there is one file.
 */
export function consentTemplateRoutes(catalogue: ConsentTemplateCatalogue): RouteGroup {
  return {
    prefix: CONSENT_TEMPLATES_PATH,
    handle(req, res) {
      const path = (req.url ?? "/").split("?")[0];
      if (path !== "/") return sendJson(res, 404, { error: "not_found" });
      if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "method_not_allowed" });
      sendJson(res, 200, catalogue.templates);
    },
  };
}
