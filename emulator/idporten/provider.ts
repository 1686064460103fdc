import { randomBytes } from "node:crypto";
import { exportJWK, generateKeyPair } from "jose";
import Provider, { type Configuration, type Grant, type KoaContextWithOIDC } from "oidc-provider";
import type { AccountStore } from "./accounts";
import { altinnAccessTokens, withAltinnScopes } from "./altinn-access-tokens";
import type { IdportenClientConfig } from "./client-config";
import { interactionPath } from "./interactions";
import { logoutSource, postLogoutSuccessSource, renderError } from "./provider-pages";

export interface IdportenProviderOptions {
  /** e.g. http://localhost:4000/idporten; its path is where the provider is mounted. */
  issuer: string;
  client: IdportenClientConfig;
  accounts: AccountStore;
  /** Prefix of the session cookies; Ansattporten's issuer uses its own so the two logins stay apart. */
  cookiePrefix?: string;
}

/**
 * A fresh RS256 key per start: the emulator keeps no state, and relying parties fetch
 * the JWKS from the discovery document anyway.
 */
async function signingKeys(): Promise<NonNullable<Configuration["jwks"]>> {
  const { privateKey } = await generateKeyPair("RS256", { modulusLength: 2048, extractable: true });
  const jwk = await exportJWK(privateKey);
  return { keys: [{ ...jwk, kid: `emulator-${randomBytes(6).toString("hex")}`, alg: "RS256", use: "sig" }] };
}

/**
 * Grants whatever OIDC scopes and claims the client asks for. ID-porten never asks the
 * user for consent, so the emulator must not show a consent page either; this is the
 * hook oidc-provider documents for skipping consent.
 */
export async function autoGrant(ctx: KoaContextWithOIDC): Promise<Grant | undefined> {
  const { oidc } = ctx;
  const accountId = oidc.session?.accountId;
  const client = oidc.client;
  if (!accountId || !client) return undefined;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
  const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  const grant =
    existing?.accountId === accountId ? existing : new oidc.provider.Grant({ accountId, clientId: client.clientId });
  grant.addOIDCScope([...oidc.requestParamOIDCScopes].join(" "));
  grant.addOIDCClaims([...oidc.requestParamClaims]);
  await grant.save();
  return grant;
}

/** ID-porten's provider settings; Ansattporten's issuer (ansattporten/provider.ts) builds on them. */
export async function idportenConfiguration(options: IdportenProviderOptions): Promise<Configuration> {
  const { issuer, client, accounts, cookiePrefix = "idporten_emulator" } = options;
  const mountPath = new URL(issuer).pathname.replace(/\/$/, "");
  const altinn = altinnAccessTokens(accounts);
  return {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        post_logout_redirect_uris: client.postLogoutRedirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        // next-auth's default; oidc-provider accepts client_secret_post for such clients too.
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: await signingKeys(),
    cookies: {
      // Random keys: sessions need not survive a restart. Distinct names because browsers
      // share cookies across ports, so the portal on localhost:3000 sees these too.
      keys: [randomBytes(32).toString("base64url")],
      names: {
        session: `${cookiePrefix}_session`,
        interaction: `${cookiePrefix}_interaction`,
        resume: `${cookiePrefix}_resume`,
      },
    },
    responseTypes: ["code"],
    // ID-porten requires PKCE on every authorization request; S256 is the only method v9 supports.
    pkce: { required: () => true },
    scopes: ["openid", "profile"],
    acrValues: ["idporten-loa-substantial", "idporten-loa-high"],
    // As at ID-porten, pid/acr/amr/locale and auth_time come with `openid`; `name` needs `profile`. oidc-provider's own
    // login prompt honours `prompt=login` and `max_age` (a new login page despite a live session), as ID-porten does for
    // the portal's step-up; auth_time is then the new login's (idporten.test.ts).
    claims: {
      openid: ["sub", "pid", "acr", "amr", "locale", "auth_time"],
      profile: ["name"],
    },
    // By default oidc-provider moves scope claims to userinfo when an access token is
    // issued; ID-porten puts them in the ID token, and the portal reads them from there.
    conformIdTokenClaims: false,
    findAccount: accounts.findAccount,
    // A login asking for Altinn's scopes gets them, and a JWT access token Altinn's `exchange/id-porten` accepts
    // (altinn-access-tokens.ts); its resource is defaulted, so no `resource` parameter is needed.
    loadExistingGrant: async (ctx) => withAltinnScopes(ctx, await autoGrant(ctx)),
    extraTokenClaims: altinn.extraTokenClaims,
    interactions: {
      url: (_ctx, interaction) => `${mountPath}${interactionPath(interaction.uid)}`,
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: altinn.resourceIndicators,
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    renderError,
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
    },
  };
}

export async function createIdportenProvider(options: IdportenProviderOptions): Promise<Provider> {
  return new Provider(options.issuer, await idportenConfiguration(options));
}
