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
  // Altinn's decision point (authorization/api/v1/authorize): the owner tries its consent rules.
  "altinn:authorization/authorize",
  // Altinn's supplier-delegation API (accessmanagement/enduser/maskinportensuppliers|maskinportenconsumers).
  "altinn:accessmanagement/enduser:maskinportensuppliers.read",
  "altinn:accessmanagement/enduser:maskinportensuppliers.write",
  "altinn:accessmanagement/enduser:maskinportenconsumers.read",
  "altinn:accessmanagement/enduser:maskinportenconsumers.write",
] as const;

// Digdir hands the consent API scopes to consumers one by one (scope access); the rest anyone may request.
const RESTRICTED_SCOPES = new Set(["altinn:consentrequests.read", "altinn:consentrequests.write"]);

const ADMIN_SCOPES = OPERATOR_SCOPES.filter(
  (scope) =>
    scope.startsWith("idporten:") ||
    scope.startsWith("altinn:resourceregistry/") ||
    scope.startsWith("altinn:authorization/"),
);

export function builtInScopes(now: string): Scope[] {
  return OPERATOR_SCOPES.map((name) => {
    // The prefix ends at the first colon; a subscope may hold more (altinn:accessmanagement/enduser:…).
    const prefix = name.slice(0, name.indexOf(":"));
    const subscope = name.slice(name.indexOf(":") + 1);
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
 * clients and resources; Testbanken lets it manage its Maskinporten clients, make test consent requests
 * (the integration kit) and name its suppliers (the supplier-delegation API) for it.
 */
export function builtInDelegations(): Delegation[] {
  const skd = ADMIN_SCOPES.map((scope) => ({ consumerOrg: "974761076", supplierOrg: DIGDIR_ORG_NUMBER, scope }));
  const bankScopes = [
    "idporten:dcr.read",
    "idporten:dcr.modify",
    "idporten:dcr.write",
    "altinn:consentrequests.read",
    "altinn:consentrequests.write",
    ...OPERATOR_SCOPES.filter((scope) => scope.startsWith("altinn:accessmanagement/enduser:")),
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
