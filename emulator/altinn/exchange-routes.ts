import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { sendJson } from "../http-helpers";
import { verifyMaskinportenToken } from "../maskinporten/verify-access-token";
import { orgCodeOf } from "../orgs/org-register";
import { ProblemError, sendProblem } from "../problem";
import type { EmulatorContext, RouteGroup } from "../route-group";
import type { EnvName } from "../state/environments";
import { ALTINN_AUTHENTICATION_PREFIX, altinnIssuer, altinnSigningKey } from "./altinn-keys";
import { exchangePersonToken } from "./person-exchange";

// An Altinn token lives at most as long as the Maskinporten token it was exchanged from (and never over 30 min).
const MAX_LIFETIME_SECONDS = 30 * 60;

/**
 * /{env}/platform/authentication: exchanges a Maskinporten token (`exchange/maskinporten`) or a person's login token
 * (`exchange/id-porten`, person-exchange.ts) for an Altinn token (a bare JWT string in the body, as the real endpoint
 * answers) and publishes the keys Altinn tokens are signed with. For `id-porten` Altinn trusts ID-porten's keys only
 * (Altinn/altinn-authentication src/Authentication/Controllers/AuthenticationController.cs, AuthenticateIdPortenToken
 * reads IdPortenWellKnownEndpoint and its alternative, both ID-porten's): so does the emulator, and an Ansattporten
 * token (its own issuer and keys) gets 401.
 */
export function altinnAuthenticationRoutes(context: EmulatorContext, env: EnvName): RouteGroup {
  const issuer = altinnIssuer(context.publicUrl, env);
  const configuration = `${issuer}.well-known/openid-configuration`;
  return {
    prefix: `/${env}${ALTINN_AUTHENTICATION_PREFIX}`,
    async handle(req, res) {
      const path = (req.url ?? "/").split("?")[0];
      if (req.method !== "GET") return sendProblem(res, new ProblemError(405, "Method Not Allowed"));
      if (path === "/api/v1/exchange/maskinporten") {
        const token = await exchange(req.headers.authorization, env, issuer);
        if (typeof token !== "string") return sendProblem(res, token);
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
        res.end(token);
        return;
      }
      if (path === "/api/v1/exchange/id-porten") {
        const jwksUrls = [`${context.publicUrl}/idporten/jwks`];
        const answer = await exchangePersonToken({ authorization: req.headers.authorization, env, issuer, jwksUrls });
        if ("status" in answer) return void res.writeHead(answer.status, { "content-length": 0 }).end();
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
        res.end(answer.token);
        return;
      }
      if (path === "/api/v1/openid/.well-known/openid-configuration") {
        return sendJson(res, 200, {
          issuer,
          jwks_uri: `${configuration}/jwks`,
          id_token_signing_alg_values_supported: ["RS256"],
        });
      }
      if (path === "/api/v1/openid/.well-known/openid-configuration/jwks") {
        return sendJson(res, 200, { keys: [(await altinnSigningKey(env)).publicJwk] });
      }
      sendProblem(res, new ProblemError(404, "Not Found", { detail: `No such path ${path}` }));
    },
  };
}

async function exchange(
  authorization: string | undefined,
  env: EnvName,
  issuer: string,
): Promise<string | ProblemError> {
  const caller = await verifyMaskinportenToken(authorization, env);
  if ("error" in caller) return new ProblemError(401, "Unauthorized", { detail: caller.error });
  const now = Math.floor(Date.now() / 1000);
  const exp = Math.min(caller.payload.exp ?? now, now + MAX_LIFETIME_SECONDS);
  const orgCode = orgCodeOf(caller.orgNumber);
  const key = await altinnSigningKey(env);
  const { payload } = caller;
  return new SignJWT({
    scope: caller.scopes.join(" "),
    client_id: caller.clientId,
    consumer: payload.consumer,
    ...(payload.supplier ? { supplier: payload.supplier } : {}),
    "urn:altinn:orgNumber": caller.orgNumber,
    ...(orgCode ? { "urn:altinn:org": orgCode } : {}),
    "urn:altinn:authenticatemethod": "maskinporten",
    "urn:altinn:authlevel": 3,
  })
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setIssuer(issuer)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(exp)
    .setJti(randomUUID())
    .sign(key.privateKey);
}
