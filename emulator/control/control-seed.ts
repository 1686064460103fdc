import { HttpError } from "../http-helpers";
import { mutableFields } from "../maskinporten/admin/scope-handlers";
import { accessKey, maskinportenState } from "../maskinporten/maskinporten-store";
import type { Scope, ScopeAccess } from "../maskinporten/model";
import { isValidOrgNumber, orgNumberOfCode, prefixOwner } from "../orgs/org-register";
import { addMembers, createAccessList, getAccessList, touch } from "../registry/access-list-store";
import { partyOfOrg } from "../registry/party-identifiers";
import { bindingErrors } from "../registry/resource-validation";
import { getResource, savePolicy, saveResource } from "../registry/resource-store";
import { parsePolicy, PolicyRejected } from "../registry/xacml-policy";
import { type EnvName, isEnvName } from "../state/environments";

// POST /_emulator/seed/*: objects that already exist upstream before the portal ever saw them (a real agency's scopes,
// resources, access lists), placed for tests and benchmarks of adoption without going through the portal. Each is
// written into the store the way the real API route writes it (the same field rules, the same store functions), so
// the admin API and the registry then serve it exactly like one created through them. Clients already have
// POST /_emulator/clients (control-maskinporten.ts).

type Body = Record<string, unknown>;

const fail = (message: string) => new HttpError(400, message);

function record(value: unknown, what: string): Body {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw fail(`${what} must be an object`);
  return value as Body;
}

function items(body: Body, field: string): Body[] {
  const value = body[field];
  if (!Array.isArray(value)) throw fail(`${field} must be an array`);
  return value.map((item, index) => record(item, `${field}[${index}]`));
}

function env(body: Body): EnvName {
  const value = body.env;
  if (typeof value !== "string" || !isEnvName(value)) throw fail('env must be "test" or "prod"');
  return value;
}

function text(body: Body, field: string): string {
  const value = body[field];
  if (typeof value !== "string" || !value) throw fail(`${field} must be a non-empty string`);
  return value;
}

function orgNumbers(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === "string" && isValidOrgNumber(item)))
    throw fail(`${field} must be an array of valid organisation numbers`);
  return value as string[];
}

/**
 * POST /_emulator/seed/scopes {env, scopes: [{prefix, subscope, description, …, consumers?: [orgno]}]}: scopes owned
 * by their prefix's owner (as POST /scopes would make them), each granted to `consumers` (as PUT /scopes/access).
 */
export function seedScopes(raw: unknown): { scopes: Scope[]; access: ScopeAccess[] } {
  const body = record(raw, "body");
  const state = maskinportenState(env(body));
  const now = new Date().toISOString();
  const scopes: Scope[] = [];
  const access: ScopeAccess[] = [];
  for (const input of items(body, "scopes")) {
    const prefix = text(input, "prefix");
    const subscope = text(input, "subscope");
    const owner = prefixOwner(prefix);
    if (!owner) throw fail(`No organisation owns the prefix "${prefix}"`);
    const name = `${prefix}:${subscope}`;
    if (state.scopes.has(name)) throw fail(`Scope ${name} already exists`);
    let fields: ReturnType<typeof mutableFields>;
    try {
      fields = mutableFields(input, undefined);
    } catch (error) {
      throw fail(error instanceof Error ? error.message : String(error));
    }
    const scope: Scope = {
      name,
      prefix,
      subscope,
      ...fields,
      active: true,
      owner_orgnr: owner,
      created: now,
      last_updated: now,
    };
    state.scopes.set(name, scope);
    scopes.push(scope);
    for (const consumer of orgNumbers(input.consumers, "consumers")) {
      const grant: ScopeAccess = {
        scope: name,
        state: "APPROVED",
        consumer_orgno: consumer,
        owner_orgno: owner,
        created: now,
        last_updated: now,
      };
      state.accesses.set(accessKey(name, consumer), grant);
      access.push(grant);
    }
  }
  return { scopes, access };
}

/**
 * POST /_emulator/seed/resources {env, resources: [{resource, policy?}]}: resources as the registry stores them
 * (only what it could not deserialise is refused: an inconsistent resource the registry once accepted is kept as it
 * is), each with its XACML policy parsed as the policy upload parses it.
 */
export function seedResources(raw: unknown): { identifiers: string[] } {
  const body = record(raw, "body");
  const environment = env(body);
  const identifiers: string[] = [];
  for (const input of items(body, "resources")) {
    const resource = record(input.resource, "resource");
    const identifier = text(resource, "identifier");
    const binding = bindingErrors(resource);
    if (Object.keys(binding).length) throw fail(`${identifier}: ${JSON.stringify(binding)}`);
    if (getResource(environment, identifier)) throw fail(`Resource ${identifier} already exists`);
    saveResource(environment, identifier, resource);
    if (input.policy !== undefined) {
      const xml = text(input, "policy");
      try {
        const { document, rules } = parsePolicy(xml, identifier);
        savePolicy(environment, identifier, xml, document, rules);
      } catch (error) {
        if (error instanceof PolicyRejected) throw fail(`${identifier}: ${error.message}`);
        throw error;
      }
    }
    identifiers.push(identifier);
  }
  return { identifiers };
}

/**
 * POST /_emulator/seed/access-lists {env, owner, lists: [{identifier, name, description?, members?: [orgno],
 * connections?: [{resource, actionFilters?}]}]}: lists of the owner (org code), their members (by party, as the
 * members route adds them) and resource connections (to resources of the owner in the registry).
 */
export function seedAccessLists(raw: unknown): { lists: { identifier: string; memberCount: number }[] } {
  const body = record(raw, "body");
  const environment = env(body);
  const owner = text(body, "owner");
  if (!orgNumberOfCode(owner)) throw fail(`Unknown owner org code ${owner}`);
  const lists: { identifier: string; memberCount: number }[] = [];
  for (const input of items(body, "lists")) {
    const identifier = text(input, "identifier");
    if (getAccessList(environment, owner, identifier)) throw fail(`Access list ${owner}/${identifier} already exists`);
    const description = typeof input.description === "string" ? input.description : "";
    const list = createAccessList(environment, owner, identifier, text(input, "name"), description);
    addMembers(list, orgNumbers(input.members, "members").map(partyOfOrg));
    for (const connection of input.connections === undefined ? [] : items(input, "connections")) {
      const resource = text(connection, "resource");
      if (!getResource(environment, resource)) throw fail(`Unknown resource ${resource} (RR-00002)`);
      const filters = connection.actionFilters;
      const actions = Array.isArray(filters) ? [...new Set(filters.map(String))] : [];
      const now = new Date().toISOString();
      list.connections.set(resource, { actions, createdAt: now, updatedAt: now });
      touch(list);
    }
    lists.push({ identifier, memberCount: list.members.size });
  }
  return { lists };
}
