import "server-only";
import { createHash } from "node:crypto";
import { decodeJwt } from "jose";
import { z } from "zod";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { readExchangedToken } from "./altinn-token-client";
import { HttpBaseClient } from "./http-base-client";
import { TokenCache } from "./token-cache";
import { upstream } from "./upstream-context";

// A person's Altinn token: the login's access token exchanged at Altinn Authentication's
// `{platform}/authentication/api/v1/exchange/id-porten` (Altinn/altinn-authentication
// src/Authentication/Controllers/AuthenticationController.cs, ExchangeExternalSystemToken → AuthenticateIdPortenToken:
// the token's signature, an `altinn:` scope (else 403), `pid` and `acr` (else 401); the answer is a bare JWT with
// `urn:altinn:userid`, `urn:altinn:partyid`, `urn:altinn:party:uuid`, `urn:altinn:authlevel` and the original's
// claims, expiring with it). End-user APIs (the supplier-delegation API) take only such a token.

const cache = new TokenCache(30_000);

function expiryOf(token: string | undefined): number | undefined {
  try {
    const exp = token ? decodeJwt(token).exp : undefined;
    return exp === undefined ? undefined : exp * 1000;
  } catch {
    return undefined;
  }
}

/** The answer: a JWT with an `exp`, else an invalid response (the client's schema failure). */
const ZExchangedToken = z.string().transform((body, ctx) => {
  const value = readExchangedToken(body);
  const expiresAt = expiryOf(value);
  if (value && expiresAt !== undefined) return { value, expiresAt };
  ctx.addIssue({ code: "custom", message: "the exchange did not return a JWT with an exp claim" });
  return z.NEVER;
});

/** Exchanges (or reuses, until 30 s before it expires) the person's Altinn token for a login access token. */
export async function personAltinnToken(environment: TUpstreamEnvironment, loginAccessToken: string): Promise<string> {
  const key = `${environment} ${createHash("sha256").update(loginAccessToken).digest("base64url")}`;
  return cache.get(key, async () => {
    const url = `${upstream().config(environment).altinn.platformUrl}/authentication/api/v1/exchange/id-porten`;
    const http = new HttpBaseClient({
      baseUrl: url,
      name: `altinn-exchange-person:${environment}`,
      getAuthHeader: async () => `Bearer ${loginAccessToken}`,
    });
    const { data } = await http.request({ method: "GET", path: "", expectText: true, schema: ZExchangedToken });
    return data;
  });
}
