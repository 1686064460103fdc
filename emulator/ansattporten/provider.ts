import Provider, {
  type Configuration,
  type FindAccount,
  interactionPolicy,
  type KoaContextWithOIDC,
} from "oidc-provider";
import type { AccountStore } from "../idporten/accounts";
import type { IdportenClientConfig } from "../idporten/client-config";
import { withAltinnScopes } from "../idporten/altinn-access-tokens";
import { autoGrant, idportenConfiguration } from "../idporten/provider";
import { authorizationDetailsClaim, parseRepresentationRequest, type Representation } from "./authorization-details";

/** The login prompt's extra reason: `authorization_details` asked for and no organisation chosen in this request yet. */
export const REPRESENTATION_REASON = "representation";

/**
 * The `authorization_details` claim of each login, by grant id. Every login with `authorization_details` gets a grant
 * of its own (below), so two logins of one browser never share a choice; the code and the access token carry the grant
 * id, which is how the ID token and userinfo find it.
 */
const claimsByGrant = new Map<string, object[]>();

function representationOf(ctx: KoaContextWithOIDC): Representation | undefined {
  const representation = (ctx.oidc.result as { representation?: Representation } | undefined)?.representation;
  return Array.isArray(representation) ? representation : undefined;
}

async function grantPerLogin(ctx: KoaContextWithOIDC) {
  const raw = ctx.oidc.params?.authorization_details;
  const representation = representationOf(ctx);
  const accountId = ctx.oidc.session?.accountId;
  if (typeof raw !== "string" || !representation || !accountId || !ctx.oidc.client) return autoGrant(ctx);
  const grant = new ctx.oidc.provider.Grant({ accountId, clientId: ctx.oidc.client.clientId });
  grant.addOIDCScope([...ctx.oidc.requestParamOIDCScopes].join(" "));
  grant.addOIDCClaims([...ctx.oidc.requestParamClaims]);
  const grantId = await grant.save();
  claimsByGrant.set(grantId, authorizationDetailsClaim(parseRepresentationRequest(raw), representation));
  return grant;
}

function withAuthorizationDetails(accounts: AccountStore): FindAccount {
  return async (ctx, sub, token) => {
    const account = await accounts.findAccount(ctx, sub, token);
    const details = token?.grantId ? claimsByGrant.get(token.grantId) : undefined;
    if (!account || !details) return account;
    return {
      accountId: account.accountId,
      claims: async (...args) => ({ ...(await account.claims(...args)), authorization_details: details }),
    };
  };
}

/**
 * Ansattporten: ID-porten's provider (same persons, clients, PKCE, step-up) plus the `authorization_details` request
 * parameter and the organisation picker. oidc-provider's `features.richAuthorizationRequests` is not used: it ties RAR
 * to resource-server access tokens (resource indicators), while Ansattporten puts the details in the ID token and
 * userinfo (felleslosninger/docs _docs/ansattporten/ansattporten_representasjon.md); so the parameter is an
 * `extraParams` entry validated here, and the picker is a login-prompt check.
 */
export async function createAnsattportenProvider(options: {
  issuer: string;
  client: IdportenClientConfig;
  accounts: AccountStore;
}): Promise<Provider> {
  const base = await idportenConfiguration({ ...options, cookiePrefix: "ansattporten_emulator" });
  const policy = interactionPolicy.base();
  // Ansattporten asks no consent: the picker is the only step (its check below), so oidc-provider's own RAR consent
  // check goes.
  policy.get("consent")?.checks.remove("rar_prompt");
  policy
    .get("login")
    ?.checks.add(
      new interactionPolicy.Check(REPRESENTATION_REASON, "the organisation to represent is not chosen", (ctx) =>
        ctx.oidc.params?.authorization_details !== undefined && !representationOf(ctx)
          ? interactionPolicy.Check.REQUEST_PROMPT
          : interactionPolicy.Check.NO_NEED_TO_PROMPT,
      ),
    );
  const configuration: Configuration = {
    ...base,
    extraParams: {
      authorization_details(_ctx, value) {
        if (value !== undefined) parseRepresentationRequest(String(value));
      },
    },
    claims: { ...base.claims, openid: [...((base.claims?.openid as string[]) ?? []), "authorization_details"] },
    findAccount: withAuthorizationDetails(options.accounts),
    loadExistingGrant: async (ctx) => withAltinnScopes(ctx, await grantPerLogin(ctx)),
    // Altinn's scopes get a JWT access token, as at ID-porten (base; ../idporten/altinn-access-tokens.ts): signed with
    // Ansattporten's own key, which Altinn's `exchange/id-porten` does not trust (../altinn/person-exchange.ts). Its
    // resource is defaulted, since oidc-provider refuses `authorization_details` without a resource indicator.
    interactions: { ...base.interactions, policy },
  };
  return new Provider(options.issuer, configuration);
}
