import { sendJson } from "../../http-helpers";
import { prefixOwner } from "../../orgs/org-register";
import type { Scope } from "../model";
import { bodyObject, optionalString, requiredString, stringArray } from "./admin-body";
import { type AdminRequest, badRequest, conflict, forbidden, notFound, requireScope } from "./admin-request";

const SCOPES_WRITE = "idporten:scopes.write";
const PREFIX = /^[a-z0-9]+$/;
// Segments of lowercase letters and digits joined by "." or "/": no empty segment, no separator at either end.
const SUBSCOPE = /^[a-z0-9]+(?:[./][a-z0-9]+)*$/;
const INTEGRATION_TYPES = ["maskinporten", "api_klient", "idporten", "krr"];
const IMMUTABLE = ["prefix", "subscope", "name", "owner_orgnr", "created"];

/** POST /scopes: only the prefix's owner may create; a name is taken forever (deactivated scopes included). */
export function createScope(request: AdminRequest): void {
  requireScope(request, [SCOPES_WRITE]);
  const body = bodyObject(request.body);
  const prefix = requiredString(body, "prefix");
  const subscope = requiredString(body, "subscope");
  if (!PREFIX.test(prefix)) throw badRequest(`Invalid prefix "${prefix}": lowercase letters and digits only`);
  if (!SUBSCOPE.test(subscope)) {
    throw badRequest(
      `Invalid subscope "${subscope}": lowercase letters and digits in segments separated by "." or "/", without empty segments or a leading/trailing separator`,
    );
  }
  const orgNumber = request.caller.orgNumber;
  if (prefixOwner(prefix) !== orgNumber) {
    throw forbidden(`Prefix "${prefix}" is not assigned to organisation ${orgNumber}`);
  }
  const name = `${prefix}:${subscope}`;
  const existing = request.state.scopes.get(name);
  if (existing) throw conflict(`Scope ${name} already exists${existing.active ? "" : " (deactivated)"}`);
  const now = new Date().toISOString();
  const scope: Scope = {
    name,
    prefix,
    subscope,
    ...mutableFields(body, undefined),
    active: true,
    owner_orgnr: orgNumber,
    created: now,
    last_updated: now,
  };
  request.state.scopes.set(name, scope);
  sendJson(request.res, 201, scope);
}

/** PUT /scopes?scope=: changes the descriptive fields; `active: true` reactivates a deactivated scope. */
export function updateScope(request: AdminRequest): void {
  requireScope(request, [SCOPES_WRITE]);
  const scope = ownScope(request);
  const body = bodyObject(request.body);
  for (const field of IMMUTABLE) {
    if (body[field] !== undefined && body[field] !== scope[field as keyof Scope])
      throw badRequest(`${field} cannot be changed`);
  }
  if (body.active !== undefined && typeof body.active !== "boolean") throw badRequest("active must be a boolean");
  Object.assign(scope, mutableFields(body, scope), {
    ...(typeof body.active === "boolean" ? { active: body.active } : {}),
    last_updated: new Date().toISOString(),
  });
  sendJson(request.res, 200, scope);
}

/** DELETE /scopes?scope=: Maskinporten never deletes a scope, it deactivates it. */
export function deactivateScope(request: AdminRequest): void {
  requireScope(request, [SCOPES_WRITE]);
  const scope = ownScope(request);
  scope.active = false;
  scope.last_updated = new Date().toISOString();
  sendJson(request.res, 200, scope);
}

/** GET /scopes?scope= (one scope; others' PRIVATE scopes are hidden) or GET /scopes (the caller's own). */
export function readScopes(request: AdminRequest): void {
  requireScope(request, [SCOPES_WRITE]);
  const name = request.query.get("scope");
  const orgNumber = request.caller.orgNumber;
  if (name) {
    const scope = request.state.scopes.get(name);
    if (!scope || (scope.owner_orgnr !== orgNumber && scope.visibility === "PRIVATE"))
      throw notFound(`Unknown scope ${name}`);
    sendJson(request.res, 200, scope);
    return;
  }
  const includeInactive = request.query.get("inactive") === "true";
  const own = [...request.state.scopes.values()].filter(
    (scope) => scope.owner_orgnr === orgNumber && (includeInactive || scope.active),
  );
  sendJson(request.res, 200, own);
}

/** The scope named by ?scope=, which the acting org must own (404 unknown, 403 someone else's). */
export function ownScope(request: AdminRequest): Scope {
  const name = request.query.get("scope");
  if (!name) throw badRequest("The scope query parameter is required");
  const scope = request.state.scopes.get(name);
  if (!scope) throw notFound(`Unknown scope ${name}`);
  if (scope.owner_orgnr !== request.caller.orgNumber) {
    throw forbidden(`Scope ${name} is owned by ${scope.owner_orgnr}, not ${request.caller.orgNumber}`);
  }
  return scope;
}

type MutableScopeFields = Pick<
  Scope,
  | "description"
  | "long_description"
  | "visibility"
  | "token_type"
  | "at_max_age"
  | "allowed_integration_types"
  | "delegation_source"
  | "accessible_for_all"
>;

/** Validates the mutable fields; on update (`current` given) absent fields keep their value. */
export function mutableFields(body: Record<string, unknown>, current: Scope | undefined): MutableScopeFields {
  const description =
    current && body.description === undefined ? current.description : requiredString(body, "description");
  const visibility = body.visibility ?? current?.visibility ?? "PUBLIC";
  if (visibility !== "PUBLIC" && visibility !== "PRIVATE") throw badRequest("visibility must be PUBLIC or PRIVATE");
  const tokenType = body.token_type ?? current?.token_type ?? "SELF_CONTAINED";
  if (tokenType !== "SELF_CONTAINED" && tokenType !== "OPAQUE")
    throw badRequest("token_type must be SELF_CONTAINED or OPAQUE");
  const maxAge = body.at_max_age ?? current?.at_max_age;
  if (maxAge !== undefined && (!Number.isInteger(maxAge) || (maxAge as number) <= 0)) {
    throw badRequest("at_max_age must be a positive whole number of seconds");
  }
  const types = stringArray(body, "allowed_integration_types") ??
    current?.allowed_integration_types ?? ["maskinporten"];
  const unknownType = types.find((type) => !INTEGRATION_TYPES.includes(type));
  if (unknownType || types.length === 0) {
    throw badRequest(`allowed_integration_types must be a non-empty subset of ${INTEGRATION_TYPES.join(", ")}`);
  }
  const forAll = body.accessible_for_all ?? current?.accessible_for_all ?? false;
  if (typeof forAll !== "boolean") throw badRequest("accessible_for_all must be a boolean");
  const longDescription = optionalString(body, "long_description") ?? current?.long_description;
  const delegationSource = optionalString(body, "delegation_source") ?? current?.delegation_source;
  return {
    description,
    ...(longDescription !== undefined ? { long_description: longDescription } : {}),
    visibility,
    token_type: tokenType,
    ...(maxAge !== undefined ? { at_max_age: maxAge as number } : {}),
    allowed_integration_types: types,
    ...(delegationSource !== undefined ? { delegation_source: delegationSource } : {}),
    accessible_for_all: forAll,
  };
}
