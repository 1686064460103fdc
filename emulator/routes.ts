import { accessManagementRoutes } from "./accessmanagement/accessmanagement-routes";
import { altinnAuthenticationRoutes } from "./altinn/exchange-routes";
import { ansattportenRoutes } from "./ansattporten/ansattporten-routes";
import { altinnRightsControlRoutes } from "./ansattporten/rights-control-routes";
import { consentControlRoutes } from "./consent/consent-control-routes";
import { consentRoutes } from "./consent/consent-routes";
import { type ConsentSettings, consentSettings } from "./consent/consent-settings";
import { type ConsentTemplateCatalogue, loadConsentTemplates } from "./consent-templates/template-catalogue";
import { consentTemplateRoutes } from "./consent-templates/template-routes";
import { controlRoutes } from "./control/control-routes";
import { idportenRoutes } from "./idporten/idporten-routes";
import { maskinportenAdminRoutes } from "./maskinporten/admin/admin-routes";
import { operatorClientConfig } from "./maskinporten/builtin-data";
import { configureMaskinporten } from "./maskinporten/maskinporten-store";
import { maskinportenRoutes } from "./maskinporten/maskinporten-routes";
import { altinnOrgsRoutes } from "./orgs/altinn-orgs-routes";
import { brregRoutes } from "./orgs/brreg-routes";
import { authorizationRoutes } from "./registry/decision-point-authorize-route";
import { resourceRegistryRoutes } from "./registry/registry-routes";
import type { EmulatorContext, RouteGroup } from "./route-group";
import { ENVIRONMENTS } from "./state/environments";

type ConsentDependencies = { catalogue: ConsentTemplateCatalogue; settings: ConsentSettings };

/** The services each environment (test, prod) has on its own, under /{env}/...; each keeps separate state and keys. */
function environmentRoutes(context: EmulatorContext, consent: ConsentDependencies): RouteGroup[] {
  return ENVIRONMENTS.flatMap((env) => [
    maskinportenRoutes(context, env),
    maskinportenAdminRoutes(env),
    altinnAuthenticationRoutes(context, env),
    resourceRegistryRoutes(context, env),
    authorizationRoutes(context, env),
    ...consentRoutes(context, env, consent.catalogue, consent.settings),
    ...accessManagementRoutes(context, env),
  ]);
}

/**
 * Every emulated service, mounted by path prefix (the dispatcher strips it from req.url). Extension point: the
 * Resource Registry and consent groups (/{env}/platform/resourceregistry, /{env}/platform/accessmanagement,
 * /{env}/consent) go into environmentRoutes; the consent template catalogue (/altinn-studio-docs/...) is shared.
 */
export async function createRouteGroups(context: EmulatorContext): Promise<RouteGroup[]> {
  configureMaskinporten({
    test: operatorClientConfig(context.env, "test"),
    prod: operatorClientConfig(context.env, "prod"),
  });
  // Read once at start; a bad EMULATOR_CONSENT_* setting stops the emulator with a message naming it.
  const consent = { catalogue: loadConsentTemplates(context.env), settings: consentSettings(context.env) };
  return [
    // Before controlRoutes: the dispatcher takes the first group whose prefix matches, and /_emulator/consent is longer.
    consentControlRoutes(),
    altinnRightsControlRoutes(),
    controlRoutes(),
    brregRoutes(),
    altinnOrgsRoutes(),
    consentTemplateRoutes(consent.catalogue),
    ...environmentRoutes(context, consent),
    await idportenRoutes(context),
    await ansattportenRoutes(context),
  ];
}
