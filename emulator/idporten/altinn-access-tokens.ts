import type { Configuration, Grant, KoaContextWithOIDC } from "oidc-provider";
import { SCOPE_PORTAL_ENDUSER, SUPPLIER_SCOPES } from "../accessmanagement/supplier-caller";
import type { AccountStore } from "./accounts";

/**
 * Altinn's API scopes a person's login may ask for, so that the access token can be exchanged for an Altinn token
 * (Altinn/altinn-authentication src/Authentication/Controllers/AuthenticationController.cs, AuthenticateIdPortenToken:
 * the token needs an `altinn:` scope, `pid` and `acr`). Docs: docs.altinn.studio authentication/what-do-you-get/id-porten
 * ("the system must request a set of scopes ... the access token issued by ID-porten must be exchanged").
 */
export const ALTINN_LOGIN_SCOPES: readonly string[] = [SCOPE_PORTAL_ENDUSER, ...Object.values(SUPPLIER_SCOPES)];

/** The resource indicator the emulator files Altinn's scopes under (any absolute URI; Altinn checks no audience). */
export const ALTINN_API_RESOURCE = "https://platform.altinn.no/";

const altinnScopesOf = (scopes: Iterable<string>) => [...scopes].filter((scope) => ALTINN_LOGIN_SCOPES.includes(scope));

/** Adds the Altinn scopes the login asked for to its grant (the person consents to none: as at ID-porten). */
export async function withAltinnScopes(ctx: KoaContextWithOIDC, grant: Grant | undefined): Promise<Grant | undefined> {
  const asked = altinnScopesOf(String(ctx.oidc.params?.scope ?? "").split(" "));
  if (!grant || asked.length === 0) return grant;
  grant.addResourceScope(ALTINN_API_RESOURCE, asked.join(" "));
  await grant.save();
  return grant;
}

/**
 * A login that asked for Altinn scopes gets a self-contained (JWT) access token, signed with the issuer's key and
 * carrying `pid`, `acr`, `amr` and `scope`, as ID-porten's are (a real one, decoded: Altinn/app-lib-dotnet
 * test/Altinn.App.Core.Tests/Features/Auth/AuthenticatedTests.cs, "ID-porten testclient raw"). A login without them
 * keeps the opaque token for userinfo. The resource is defaulted, so `authorization_details` needs no `resource`.
 */
export function altinnAccessTokens(accounts: AccountStore): Pick<Configuration, "extraTokenClaims"> & {
  resourceIndicators: NonNullable<NonNullable<Configuration["features"]>["resourceIndicators"]>;
} {
  return {
    resourceIndicators: {
      enabled: true,
      defaultResource: () => ALTINN_API_RESOURCE,
      useGrantedResource: (_ctx, model) => altinnScopesOf((model as { scopes: Set<string> }).scopes).length > 0,
      getResourceServerInfo: () => ({
        scope: ALTINN_LOGIN_SCOPES.join(" "),
        accessTokenFormat: "jwt",
        accessTokenTTL: 60 * 60,
      }),
    },
    extraTokenClaims: (ctx, token) => {
      if (token.kind !== "AccessToken" || !("resourceServer" in token) || !token.resourceServer) return undefined;
      const code = ctx.oidc.entities.AuthorizationCode;
      const pid = accounts.pidOf(token.accountId);
      return { pid, acr: code?.acr ?? "idporten-loa-substantial", ...(code?.amr ? { amr: code.amr } : {}) };
    },
  };
}
