import { HttpError, readForm, sendJson } from "../http-helpers";
import type { EmulatorContext, RouteGroup } from "../route-group";
import type { EnvName } from "../state/environments";
import { issueAccessToken } from "./issue-access-token";
import { maskinportenSigningKey } from "./maskinporten-keys";
import { maskinportenState } from "./maskinporten-store";
import { JWT_BEARER_GRANT } from "./model";
import { OAuthError, sendOAuthError } from "./oauth-error";
import { verifyAssertion } from "./verify-assertion";

/** Issuer (and required assertion `aud`) of an environment's Maskinporten; the trailing slash is part of it, as in Digdir's. */
export function maskinportenIssuer(publicUrl: string, env: EnvName): string {
  return `${publicUrl}/${env}/maskinporten/`;
}

/** /{env}/maskinporten: token endpoint (JWT grant), JWKS and authorization server metadata. */
export function maskinportenRoutes(context: EmulatorContext, env: EnvName): RouteGroup {
  const issuer = maskinportenIssuer(context.publicUrl, env);
  return {
    prefix: `/${env}/maskinporten`,
    async handle(req, res) {
      const path = (req.url ?? "/").split("?")[0];
      if (path === "/token" && req.method === "POST") {
        try {
          const form = await readForm(req);
          if (form.get("grant_type") !== JWT_BEARER_GRANT) {
            throw new OAuthError("unsupported_grant_type", `grant_type must be ${JWT_BEARER_GRANT}`);
          }
          const assertion = form.get("assertion");
          if (!assertion) throw new OAuthError("invalid_request", "The assertion parameter is missing");
          const state = maskinportenState(env);
          const verified = await verifyAssertion(state, assertion, issuer);
          sendJson(res, 200, await issueAccessToken(env, state, issuer, verified));
        } catch (error) {
          if (error instanceof OAuthError) sendOAuthError(res, error);
          else if (error instanceof HttpError)
            sendOAuthError(res, new OAuthError("invalid_request", error.message, error.status));
          else throw error;
        }
        return;
      }
      if (path === "/jwk" && req.method === "GET") {
        sendJson(res, 200, { keys: [(await maskinportenSigningKey(env)).publicJwk] });
        return;
      }
      if (path === "/.well-known/oauth-authorization-server" && req.method === "GET") {
        sendJson(res, 200, {
          issuer,
          token_endpoint: `${issuer}token`,
          jwks_uri: `${issuer}jwk`,
          token_endpoint_auth_methods_supported: ["private_key_jwt"],
          grant_types_supported: [JWT_BEARER_GRANT],
          token_endpoint_auth_signing_alg_values_supported: ["RS256"],
          authorization_details_types_supported: ["urn:altinn:consent"],
        });
        return;
      }
      sendJson(res, 404, { error: "not_found" });
    },
  };
}
