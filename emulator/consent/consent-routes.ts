import type { ConsentTemplateCatalogue } from "../consent-templates/template-catalogue";
import type { EmulatorContext, RouteGroup } from "../route-group";
import { mountForEnvironment, Router } from "../registry/router";
import type { EnvName } from "../state/environments";
import { addApprovalPageRoutes } from "./approval-page";
import { addConsentRequestRoutes } from "./consent-request-routes";
import type { ConsentSettings } from "./consent-settings";

export const CONSENT_REQUESTS_PATH = "/platform/accessmanagement/api/v1/enterprise/consentrequests";
export const CONSENT_PAGES_PATH = "/consent";

/** Altinn consent requests (API for consumers) and the page where the test person approves them, of one environment. */
export function consentRoutes(
  context: EmulatorContext,
  env: EnvName,
  catalogue: ConsentTemplateCatalogue,
  settings: ConsentSettings,
): RouteGroup[] {
  const api = new Router();
  addConsentRequestRoutes(api, catalogue, settings);
  const pages = new Router();
  addApprovalPageRoutes(pages, catalogue);
  return [
    mountForEnvironment(CONSENT_REQUESTS_PATH, api, env, context.publicUrl),
    mountForEnvironment(CONSENT_PAGES_PATH, pages, env, context.publicUrl),
  ];
}
