import type { EmulatorContext, RouteGroup } from "../route-group";
import { addAccessListConnectionRoutes } from "./access-list-connection-routes";
import { addAccessListMemberRoutes } from "./access-list-member-routes";
import { addAccessListRoutes } from "./access-list-routes";
import { addPolicyRoutes } from "./policy-routes";
import { addResourceRoutes } from "./resource-routes";
import type { EnvName } from "../state/environments";
import { mountForEnvironment, Router } from "./router";

export const RESOURCE_REGISTRY_PATH = "/platform/resourceregistry/api/v1";

/** The Altinn Resource Registry (resources, policies, access lists) of one environment. */
export function resourceRegistryRoutes(context: EmulatorContext, env: EnvName): RouteGroup {
  const router = new Router();
  addPolicyRoutes(router);
  addResourceRoutes(router);
  addAccessListRoutes(router);
  addAccessListMemberRoutes(router);
  addAccessListConnectionRoutes(router);
  return mountForEnvironment(RESOURCE_REGISTRY_PATH, router, env, context.publicUrl);
}
