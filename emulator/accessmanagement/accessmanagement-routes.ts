import type { EmulatorContext, RouteGroup } from "../route-group";
import { mountForEnvironment, Router } from "../registry/router";
import type { EnvName } from "../state/environments";
import { addPartyLookupRoute } from "./party-lookup-route";
import { addSupplierRoutes } from "./supplier-routes";

export const ENDUSER_PATH = "/platform/accessmanagement/api/v1/enduser";
export const REGISTER_PATH = "/platform/register/api/v1";

/** Altinn's supplier-delegation API and the register lookup that turns an organisation number into its party UUID. */
export function accessManagementRoutes(context: EmulatorContext, env: EnvName): RouteGroup[] {
  const enduser = new Router();
  addSupplierRoutes(enduser);
  const register = new Router();
  addPartyLookupRoute(register);
  return [
    mountForEnvironment(ENDUSER_PATH, enduser, env, context.publicUrl),
    mountForEnvironment(REGISTER_PATH, register, env, context.publicUrl),
  ];
}
