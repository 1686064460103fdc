import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { isValidOrgNumber } from "../orgs/org-register";
import type { EnvName } from "../state/environments";
import { resolveConsentDetails } from "./consent-details";
import { maskinportenSigningKey } from "./maskinporten-keys";
import { hasDelegation, isAccessibleTo, type MaskinportenState } from "./maskinporten-store";
import { OAuthError } from "./oauth-error";
import type { VerifiedAssertion } from "./verify-assertion";

export const ACCESS_TOKEN_LIFETIME_SECONDS = 120;

/** Altinn's issuer per environment, the delegation source of scopes delegated in Altinn (Digdir: "Delegering i Maskinporten"). */
const DELEGATION_SOURCES: Record<EnvName, string> = { test: "https://tt02.altinn.no/", prod: "https://www.altinn.no/" };

export interface IssuedToken {
  access_token: string;
  token_type: "Bearer";
  expires_in: number;
  scope: string;
}

/** Decides which org the client acts for and whether it may have every scope asked for; then signs the token. */
export async function issueAccessToken(
  env: EnvName,
  state: MaskinportenState,
  issuer: string,
  { client, claims }: VerifiedAssertion,
): Promise<IssuedToken> {
  const scopes = typeof claims.scope === "string" ? claims.scope.split(" ").filter(Boolean) : [];
  if (scopes.length === 0) throw new OAuthError("invalid_scope", "The assertion requests no scope");

  const clientOrg = client.client_orgno;
  const consumerOrg = typeof claims.consumer_org === "string" ? claims.consumer_org : undefined;
  if (consumerOrg !== undefined && !isValidOrgNumber(consumerOrg)) {
    throw new OAuthError("invalid_request", `consumer_org ${consumerOrg} is not a valid organisation number`);
  }
  const actingOrg = consumerOrg ?? clientOrg;
  const asSupplier = actingOrg !== clientOrg;

  for (const name of scopes) {
    const scope = state.scopes.get(name);
    if (!scope || !scope.active) throw new OAuthError("invalid_scope", `Scope ${name} does not exist or is inactive`);
    if (!client.scopes.includes(name)) {
      throw new OAuthError("invalid_scope", `Scope ${name} is not registered on client ${client.client_id}`);
    }
    if (asSupplier && !hasDelegation(state, actingOrg, clientOrg, name)) {
      throw new OAuthError(
        "invalid_scope",
        `Scope ${name} has not been delegated by consumer_org ${actingOrg} to the client's organisation ${clientOrg}`,
      );
    }
    if (!isAccessibleTo(state, scope, actingOrg)) {
      throw new OAuthError("invalid_scope", `Organisation ${actingOrg} has no access to scope ${name}`);
    }
  }

  const details = resolveConsentDetails(env, claims.authorization_details, actingOrg);
  const key = await maskinportenSigningKey(env);
  const now = Math.floor(Date.now() / 1000);
  const party = (org: string) => ({ authority: "iso6523-actorid-upis", ID: `0192:${org}` });
  const resource = claims.resource;
  const scope = scopes.join(" ");
  const accessToken = await new SignJWT({
    client_id: client.client_id,
    client_amr: "private_key_jwt",
    token_type: "Bearer",
    scope,
    consumer: party(actingOrg),
    // A supplier's token names the supplier and where the delegation was made (Altinn), as in
    // ../shared/realdata/consent_token_payload.supplier.json ("delegation_source": "https://tt02.altinn.no/").
    ...(asSupplier ? { supplier: party(clientOrg), delegation_source: DELEGATION_SOURCES[env] } : {}),
    ...(details ? { authorization_details: details } : {}),
  })
    .setProtectedHeader({ alg: "RS256", kid: key.kid })
    .setIssuer(issuer)
    .setAudience(
      typeof resource === "string" || Array.isArray(resource) ? (resource as string | string[]) : "unspecified",
    )
    .setIssuedAt(now)
    .setExpirationTime(now + ACCESS_TOKEN_LIFETIME_SECONDS)
    .setJti(randomUUID())
    .sign(key.privateKey);
  return { access_token: accessToken, token_type: "Bearer", expires_in: ACCESS_TOKEN_LIFETIME_SECONDS, scope };
}
