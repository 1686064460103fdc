import { readFileSync } from "node:fs";
import type { JWK } from "jose";
import type { EnvironmentVariables } from "../route-group";
import { DIGDIR_ORG_NUMBER } from "../orgs/org-register";
import type { EnvName } from "../state/environments";
import type { Delegation, Scope } from "./model";

/** Everything the portal's operator client may ask for: Maskinporten admin, Resource Registry, consent and exchange. */
export const OPERATOR_SCOPES = [
  "idporten:scopes.write",
  "idporten:dcr.read",
  "idporten:dcr.modify",
  "idporten:dcr.write",
  "altinn:resourceregistry/resource.write",
  "altinn:resourceregistry/resource.admin",
  "altinn:resourceregistry/accesslist.read",
  "altinn:resourceregistry/accesslist.write",
  "altinn:consentrequests.read",
  "altinn:consentrequests.write",
  "altinn:authentication/exchange",
] as const;

// Digdir hands the consent API scopes to consumers one by one (scope access); the rest anyone may request.
const RESTRICTED_SCOPES = new Set(["altinn:consentrequests.read", "altinn:consentrequests.write"]);

const ADMIN_SCOPES = OPERATOR_SCOPES.filter(
  (scope) => scope.startsWith("idporten:") || scope.startsWith("altinn:resourceregistry/"),
);

export function builtInScopes(now: string): Scope[] {
  return OPERATOR_SCOPES.map((name) => {
    const [prefix = "", subscope = ""] = name.split(":");
    return {
      name,
      prefix,
      subscope,
      description: `Built-in ${name}`,
      visibility: "PUBLIC",
      token_type: "SELF_CONTAINED",
      allowed_integration_types: ["maskinporten"],
      accessible_for_all: !RESTRICTED_SCOPES.has(name),
      active: true,
      owner_orgnr: DIGDIR_ORG_NUMBER,
      created: now,
      last_updated: now,
    };
  });
}

/**
 * Built-in delegations to the operator (Digdir's org): Skatteetaten lets the portal administer its scopes,
 * clients and resources; Testbanken lets it manage its Maskinporten clients and make test consent requests
 * (the integration kit) for it.
 */
export function builtInDelegations(): Delegation[] {
  const skd = ADMIN_SCOPES.map((scope) => ({ consumerOrg: "974761076", supplierOrg: DIGDIR_ORG_NUMBER, scope }));
  const bankScopes = [
    "idporten:dcr.read",
    "idporten:dcr.modify",
    "idporten:dcr.write",
    "altinn:consentrequests.read",
    "altinn:consentrequests.write",
  ];
  const bank = bankScopes.map((scope) => ({
    consumerOrg: "313876144",
    supplierOrg: DIGDIR_ORG_NUMBER,
    scope,
  }));
  return [...skd, ...bank];
}

export interface OperatorClientConfig {
  clientId: string;
  orgNumber: string;
  /** Undefined when no JWKS file is configured: the env then has no operator client until one is registered. */
  keys?: JWK[];
}

/** Reads EMULATOR_OPERATOR_* once per start; a missing or malformed JWKS file stops the start with its name. */
export function operatorClientConfig(variables: EnvironmentVariables, env: EnvName): OperatorClientConfig {
  const suffix = env.toUpperCase();
  const clientId = variables[`EMULATOR_OPERATOR_CLIENT_ID_${suffix}`] || `consent-portal-operator-${env}`;
  const orgNumber = variables.EMULATOR_OPERATOR_ORG || DIGDIR_ORG_NUMBER;
  const file = variables[`EMULATOR_OPERATOR_JWKS_FILE_${suffix}`];
  if (!file) return { clientId, orgNumber };
  const name = `EMULATOR_OPERATOR_JWKS_FILE_${suffix}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${name}: cannot read ${file} as JSON (${error instanceof Error ? error.message : error})`);
  }
  const keys = (parsed as { keys?: unknown }).keys;
  if (!Array.isArray(keys)) throw new Error(`${name}: ${file} must hold {"keys": [...]}`);
  return { clientId, orgNumber, keys: keys as JWK[] };
}
