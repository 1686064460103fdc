import { randomUUID } from "node:crypto";
import { badRequest } from "../maskinporten/admin/admin-request";
import { validateJwks } from "../maskinporten/admin/jwks-validation";
import { accessKey, kidsInUse, maskinportenState } from "../maskinporten/maskinporten-store";
import { JWT_BEARER_GRANT, type Client, type Delegation, type ScopeAccess } from "../maskinporten/model";
import { isValidOrgNumber } from "../orgs/org-register";
import { type EnvName, isEnvName } from "../state/environments";

// Test set-up that the real Maskinporten does in its own UI (delegations in Altinn) or that tests want without tokens.

interface DelegationBody {
  env: EnvName;
  consumerOrg: string;
  supplierOrg: string;
  scopes: string[];
}

/** POST /_emulator/delegations: consumerOrg lets supplierOrg's clients fetch these scopes on its behalf. */
export function addDelegations(body: unknown): { delegations: Delegation[] } {
  const input = delegationBody(body);
  const state = maskinportenState(input.env);
  for (const scope of input.scopes) {
    const exists = state.delegations.some(
      (d) => d.consumerOrg === input.consumerOrg && d.supplierOrg === input.supplierOrg && d.scope === scope,
    );
    if (!exists) state.delegations.push({ consumerOrg: input.consumerOrg, supplierOrg: input.supplierOrg, scope });
  }
  return { delegations: state.delegations };
}

/** DELETE /_emulator/delegations: the same body; removing what is not there is fine. */
export function removeDelegations(body: unknown): { delegations: Delegation[] } {
  const input = delegationBody(body);
  const state = maskinportenState(input.env);
  state.delegations = state.delegations.filter(
    (d) =>
      !(d.consumerOrg === input.consumerOrg && d.supplierOrg === input.supplierOrg && input.scopes.includes(d.scope)),
  );
  return { delegations: state.delegations };
}

/**
 * POST /_emulator/clients: registers (or replaces) a client with the given id without the admin API. Scopes are
 * taken as given, so tests can also set up clients the token endpoint must refuse; keys follow the usual rules.
 */
export function registerClient(body: unknown): Client {
  const input = (body ?? {}) as Record<string, unknown>;
  const env = environment(input.env);
  const orgNumber = input.client_orgno;
  if (typeof orgNumber !== "string" || !isValidOrgNumber(orgNumber))
    throw badRequest("client_orgno must be a valid organisation number");
  const clientId = typeof input.client_id === "string" && input.client_id ? input.client_id : randomUUID();
  const state = maskinportenState(env);
  const now = new Date().toISOString();
  const client: Client = {
    client_id: clientId,
    client_name: typeof input.client_name === "string" ? input.client_name : `Test client ${clientId}`,
    description: "Registered through /_emulator/clients",
    integration_type: "maskinporten",
    scopes: scopeList(input.scopes),
    token_endpoint_auth_method: "private_key_jwt",
    grant_types: [JWT_BEARER_GRANT],
    client_orgno: orgNumber,
    active: true,
    created: now,
    last_updated: now,
    jwks: validateJwks(input.jwks ?? { keys: [] }, kidsInUse(state, clientId)),
  };
  state.clients.set(clientId, client);
  return client;
}

/**
 * POST /_emulator/scope-access {env, scope, consumer_orgno}: the scope owner's grant without an owner token, e.g. to
 * give a test consumer the consent API scopes that Digdir hands out one by one.
 */
export function grantScopeAccess(body: unknown): ScopeAccess {
  const input = (body ?? {}) as Record<string, unknown>;
  const state = maskinportenState(environment(input.env));
  const scope = typeof input.scope === "string" ? state.scopes.get(input.scope) : undefined;
  if (!scope) throw badRequest("scope must name an existing scope");
  const consumer = input.consumer_orgno;
  if (typeof consumer !== "string" || !isValidOrgNumber(consumer))
    throw badRequest("consumer_orgno must be a valid organisation number");
  const now = new Date().toISOString();
  const access: ScopeAccess = {
    scope: scope.name,
    state: "APPROVED",
    consumer_orgno: consumer,
    owner_orgno: scope.owner_orgnr,
    created: state.accesses.get(accessKey(scope.name, consumer))?.created ?? now,
    last_updated: now,
  };
  state.accesses.set(accessKey(scope.name, consumer), access);
  return access;
}

function delegationBody(body: unknown): DelegationBody {
  const input = (body ?? {}) as Record<string, unknown>;
  const env = environment(input.env);
  for (const field of ["consumerOrg", "supplierOrg"]) {
    const value = input[field];
    if (typeof value !== "string" || !isValidOrgNumber(value))
      throw badRequest(`${field} must be a valid organisation number`);
  }
  return {
    env,
    consumerOrg: input.consumerOrg as string,
    supplierOrg: input.supplierOrg as string,
    scopes: scopeList(input.scopes),
  };
}

function environment(value: unknown): EnvName {
  if (typeof value !== "string" || !isEnvName(value)) throw badRequest('env must be "test" or "prod"');
  return value;
}

function scopeList(value: unknown): string[] {
  const list = typeof value === "string" ? value.split(" ").filter(Boolean) : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === "string"))
    throw badRequest("scopes must be an array of strings");
  return list as string[];
}
