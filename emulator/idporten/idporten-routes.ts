import type { RouteGroup, EmulatorContext } from "../route-group";
import { AccountStore } from "./accounts";
import { idportenClientFromEnv } from "./client-config";
import { handleInteraction } from "./interactions";
import { createIdportenProvider } from "./provider";

export const IDPORTEN_PREFIX = "/idporten";

/**
 * ID-porten: the OIDC provider under /idporten, with the emulator's own login pages at
 * /idporten/interaction/*. The issuer's path equals the prefix, so the provider's routes
 * (/auth, /token, /.well-known/...) line up with what the dispatcher hands it.
 */
export async function idportenRoutes(context: EmulatorContext): Promise<RouteGroup> {
  const issuer = `${context.publicUrl}${IDPORTEN_PREFIX}`;
  const accounts = new AccountStore();
  const provider = await createIdportenProvider({
    issuer,
    client: idportenClientFromEnv(context.env),
    accounts,
  });
  const providerCallback = provider.callback();

  return {
    prefix: IDPORTEN_PREFIX,
    async handle(req, res) {
      if (await handleInteraction(provider, accounts, IDPORTEN_PREFIX, req, res)) return;
      await providerCallback(req, res);
    },
  };
}
