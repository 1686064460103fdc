import { decodeJwt } from "jose";
import { SUPPLIER_API_SCOPES } from "@/lib/platform/upstream/supplier-api-scopes";
import type { TLoginAccessToken } from "./start-session";

/**
 * Altinn's end-user API scopes an ID-porten login asks for, so that the access token can be exchanged for the person's
 * Altinn token (`/authentication/api/v1/exchange/id-porten`; Altinn/altinn-authentication
 * src/Authentication/Controllers/AuthenticationController.cs wants an `altinn:` scope in it) and the supplier page can
 * call the supplier-delegation API as the person. The identity provider's client must be granted them (Digdir's
 * self-service, the scopes' owner Altinn); docs.altinn.studio authentication/what-do-you-get/id-porten. An Ansattporten
 * login asks for none: Altinn validates that exchange against ID-porten's keys only, so its token would be refused; the
 * person connects ID-porten for Altinn instead (altinn-idporten-client.ts).
 */
export const ALTINN_LOGIN_SCOPES: readonly string[] = Object.values(SUPPLIER_API_SCOPES);

type TLoginProvider = "ansattporten" | "idporten";

/** OIDC_SCOPES plus, for an ID-porten login, Altinn's; each once. */
export function loginScopes(configured: string, provider: TLoginProvider = "idporten"): string {
  const altinn = provider === "idporten" ? ALTINN_LOGIN_SCOPES : [];
  return [...new Set([...configured.split(/\s+/).filter(Boolean), ...altinn])].join(" ");
}

/**
 * The token response's access token with its expiry: `expires_at` (seconds, next-auth's from `expires_in`), else the
 * JWT's own `exp`. Undefined when the login gave none, one whose expiry cannot be known, or an Ansattporten login (its
 * token is not exchangeable at Altinn, so it is not kept).
 */
export function loginAccessTokenOf(
  account: { access_token?: string; expires_at?: number },
  provider: TLoginProvider = "idporten",
): TLoginAccessToken | undefined {
  const token = account.access_token;
  if (!token || provider !== "idporten") return undefined;
  let seconds = account.expires_at;
  if (seconds === undefined) {
    try {
      seconds = decodeJwt(token).exp;
    } catch {
      seconds = undefined;
    }
  }
  return seconds === undefined ? undefined : { token, expiresAt: new Date(seconds * 1000) };
}
