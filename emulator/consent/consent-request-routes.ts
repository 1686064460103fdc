import type { ConsentTemplateCatalogue } from "../consent-templates/template-catalogue";
import type { Router } from "../registry/router";
import { consentEventsHandler } from "./consent-events-route";
import type { ConsentSettings } from "./consent-settings";
import { createConsentRequestHandler } from "./create-consent-request";
import { getConsentRequestHandler } from "./get-consent-request";
import { altinnRoute } from "./http-results";

/** The enterprise consent API (Altinn/altinn-authorization-tmp .../Api.Enterprise/Controllers/ConsentController.cs). */
export function addConsentRequestRoutes(
  router: Router,
  catalogue: ConsentTemplateCatalogue,
  settings: ConsentSettings,
): void {
  router.on("POST", "/", altinnRoute(createConsentRequestHandler(catalogue)));
  // "events" is not a GUID, so it never matches {consentRequestId:guid}; registered first all the same.
  router.on("GET", "/events", altinnRoute(consentEventsHandler(settings)));
  router.on("GET", "/:id", altinnRoute(getConsentRequestHandler));
}
