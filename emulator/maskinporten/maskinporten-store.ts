import type { JWK } from "jose";
import { ENVIRONMENTS, type EnvName } from "../state/environments";
import { registerStore } from "../state/store-registry";
import { OPERATOR_SCOPES, builtInDelegations, builtInScopes, type OperatorClientConfig } from "./builtin-data";
import { JWT_BEARER_GRANT, type Client, type Delegation, type Scope, type ScopeAccess } from "./model";
import { prefixOwner } from "../orgs/org-register";

/** One environment's Maskinporten: scopes, grants, clients, delegations and the assertion ids already used. */
export interface MaskinportenState {
  scopes: Map<string, Scope>;
  /** Key `${scope} ${consumer_orgno}`. */
  accesses: Map<string, ScopeAccess>;
  clients: Map<string, Client>;
  delegations: Delegation[];
  /** Key `${client_id} ${jti}` → epoch seconds after which the jti may be forgotten. */
  usedJtis: Map<string, number>;
}

const operators = new Map<EnvName, OperatorClientConfig>();
const states = new Map<EnvName, MaskinportenState>();

export function maskinportenState(env: EnvName): MaskinportenState {
  let state = states.get(env);
  if (!state) {
    state = seed(env);
    states.set(env, state);
  }
  return state;
}

/** Sets the operator client from configuration (per emulator start) and restores the built-in data. */
export function configureMaskinporten(config: Record<EnvName, OperatorClientConfig>): void {
  for (const env of ENVIRONMENTS) operators.set(env, config[env]);
  resetMaskinporten();
}

function resetMaskinporten(): void {
  for (const env of ENVIRONMENTS) states.set(env, seed(env));
}

registerStore("maskinporten", {
  reset: resetMaskinporten,
  snapshot: () =>
    Object.fromEntries(
      ENVIRONMENTS.map((env) => {
        const state = maskinportenState(env);
        return [
          env,
          {
            scopes: [...state.scopes.values()],
            scopeAccess: [...state.accesses.values()],
            clients: [...state.clients.values()],
            delegations: state.delegations,
          },
        ];
      }),
    ),
});

function seed(env: EnvName): MaskinportenState {
  const now = new Date().toISOString();
  const state: MaskinportenState = {
    scopes: new Map(builtInScopes(now).map((scope) => [scope.name, scope])),
    accesses: new Map(),
    clients: new Map(),
    delegations: builtInDelegations(),
    usedJtis: new Map(),
  };
  const operator = operators.get(env);
  if (operator?.keys) {
    state.clients.set(operator.clientId, {
      client_id: operator.clientId,
      client_name: "Consent portal operator",
      description: "The onboarding portal's own client (emulator configuration)",
      integration_type: "maskinporten",
      scopes: [...OPERATOR_SCOPES],
      token_endpoint_auth_method: "private_key_jwt",
      grant_types: [JWT_BEARER_GRANT],
      client_orgno: operator.orgNumber,
      active: true,
      created: now,
      last_updated: now,
      jwks: operator.keys.map(publicPart),
    });
  }
  return state;
}

/** Keeps only the public members, in case a configured file holds private JWKs. */
export function publicPart(jwk: JWK): JWK {
  const { kty, kid, alg, use, n, e } = jwk;
  return Object.fromEntries(Object.entries({ kty, kid, alg, use, n, e }).filter(([, v]) => v !== undefined)) as JWK;
}

/** Whether `orgNumber` may use `scope` at all: owns its prefix, was granted access, or the scope is open to all. */
export function isAccessibleTo(state: MaskinportenState, scope: Scope, orgNumber: string): boolean {
  if (scope.accessible_for_all || scope.owner_orgnr === orgNumber || prefixOwner(scope.prefix) === orgNumber)
    return true;
  return state.accesses.get(accessKey(scope.name, orgNumber))?.state === "APPROVED";
}

export function accessKey(scope: string, consumerOrg: string): string {
  return `${scope} ${consumerOrg}`;
}

export function hasDelegation(
  state: MaskinportenState,
  consumerOrg: string,
  supplierOrg: string,
  scope: string,
): boolean {
  return state.delegations.some(
    (d) => d.consumerOrg === consumerOrg && d.supplierOrg === supplierOrg && d.scope === scope,
  );
}

/** Every kid in use by another client of this environment (kids are globally unique in Maskinporten). */
export function kidsInUse(state: MaskinportenState, exceptClientId?: string): Set<string> {
  const kids = new Set<string>();
  for (const client of state.clients.values()) {
    if (client.client_id === exceptClientId) continue;
    for (const key of client.jwks) if (key.kid) kids.add(key.kid);
  }
  return kids;
}
