import { altinnAuthenticationRoutes } from "./altinn/exchange-routes";
import { consentRoutes } from "./consent/consent-routes";
import { controlRoutes } from "./control/control-routes";
import { idportenRoutes } from "./idporten/idporten-routes";
import { maskinportenAdminRoutes } from "./maskinporten/admin/admin-routes";
import { operatorClientConfig } from "./maskinporten/builtin-data";
import { configureMaskinporten } from "./maskinporten/maskinporten-store";
import { maskinportenRoutes } from "./maskinporten/maskinporten-routes";
import { brregRoutes } from "./orgs/brreg-routes";
import { resourceRegistryRoutes } from "./registry/registry-routes";
import type { EmulatorContext, RouteGroup } from "./route-group";
import { ENVIRONMENTS } from "./state/environments";

/** The services each environment (test, prod) has on its own, under /{env}/...; each keeps separate state and keys. */
function environmentRoutes(context: EmulatorContext): RouteGroup[] {
  return ENVIRONMENTS.flatMap((env) => [
    maskinportenRoutes(context, env),
    maskinportenAdminRoutes(env),
    altinnAuthenticationRoutes(context, env),
    resourceRegistryRoutes(context, env),
    ...consentRoutes(context, env),
  ]);
}

/**
 * Every emulated service, mounted by path prefix (the dispatcher strips it from req.url). Extension point: the
 * Resource Registry and consent groups (/{env}/platform/resourceregistry, /{env}/platform/accessmanagement,
 * /{env}/consent) go into environmentRoutes.
 */
export async function createRouteGroups(context: EmulatorContext): Promise<RouteGroup[]> {
  configureMaskinporten({
    test: operatorClientConfig(context.env, "test"),
    prod: operatorClientConfig(context.env, "prod"),
  });
  return [controlRoutes(), brregRoutes(), ...environmentRoutes(context), await idportenRoutes(context)];
}
