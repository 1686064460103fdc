import { AccountStore } from "../idporten/accounts";
import { idportenClientFromEnv } from "../idporten/client-config";
import type { EmulatorContext, RouteGroup } from "../route-group";
import { handleAnsattportenInteraction } from "./interactions";
import { createAnsattportenProvider } from "./provider";

export const ANSATTPORTEN_PREFIX = "/ansattporten";

/**
 * The client ID-porten knows, also registered here (contract: the same clients). next-auth calls back to
 * /api/auth/callback/{provider id}, so each ID-porten callback also gets its `ansattporten` sibling.
 */
function ansattportenClient(context: EmulatorContext) {
  const client = idportenClientFromEnv(context.env);
  const siblings = client.redirectUris.map((uri) => uri.replace(/\/callback\/idporten$/, "/callback/ansattporten"));
  return { ...client, redirectUris: [...new Set([...client.redirectUris, ...siblings])] };
}

/** Ansattporten: a second OIDC issuer under /ansattporten, with its login and organisation picker at /interaction/*. */
export async function ansattportenRoutes(context: EmulatorContext): Promise<RouteGroup> {
  const accounts = new AccountStore();
  const issuer = `${context.publicUrl}${ANSATTPORTEN_PREFIX}`;
  const provider = await createAnsattportenProvider({ issuer, client: ansattportenClient(context), accounts });
  const interactions = { provider, accounts, mountPath: ANSATTPORTEN_PREFIX };
  const providerCallback = provider.callback();
  const handle: RouteGroup["handle"] = async (req, res) => {
    if (!(await handleAnsattportenInteraction(interactions, req, res))) await providerCallback(req, res);
  };
  return { prefix: ANSATTPORTEN_PREFIX, handle };
}
