import { sendJson } from "../../http-helpers";
import { isValidOrgNumber } from "../../orgs/org-register";
import { accessKey } from "../maskinporten-store";
import type { ScopeAccess } from "../model";
import { type AdminRequest, badRequest, requireScope } from "./admin-request";
import { ownScope } from "./scope-handlers";

const SCOPES_WRITE = "idporten:scopes.write";

/**
 * PUT /scopes/access/{orgno}?scope=: idempotent, one record per scope and consumer. 201 when the grant is new,
 * 200 when it already existed (also when a revoked grant is approved again).
 */
export function grantScopeAccess(request: AdminRequest, consumerOrg: string): void {
  requireScope(request, [SCOPES_WRITE]);
  const scope = ownScope(request);
  checkOrgNumber(consumerOrg);
  const key = accessKey(scope.name, consumerOrg);
  const existing = request.state.accesses.get(key);
  const now = new Date().toISOString();
  if (existing) {
    if (existing.state !== "APPROVED") Object.assign(existing, { state: "APPROVED", last_updated: now });
    sendJson(request.res, 200, existing);
    return;
  }
  const access: ScopeAccess = {
    scope: scope.name,
    state: "APPROVED",
    consumer_orgno: consumerOrg,
    owner_orgno: scope.owner_orgnr,
    created: now,
    last_updated: now,
  };
  request.state.accesses.set(key, access);
  sendJson(request.res, 201, access);
}

/**
 * DELETE /scopes/access/{orgno}?scope=: the record stays with state DENIED, so the list shows the history.
 * Revoking again, or revoking a grant that never existed, answers 200 with a DENIED record.
 */
export function revokeScopeAccess(request: AdminRequest, consumerOrg: string): void {
  requireScope(request, [SCOPES_WRITE]);
  const scope = ownScope(request);
  checkOrgNumber(consumerOrg);
  const key = accessKey(scope.name, consumerOrg);
  const now = new Date().toISOString();
  const access = request.state.accesses.get(key) ?? {
    scope: scope.name,
    state: "DENIED",
    consumer_orgno: consumerOrg,
    owner_orgno: scope.owner_orgnr,
    created: now,
    last_updated: now,
  };
  if (access.state !== "DENIED") Object.assign(access, { state: "DENIED", last_updated: now });
  request.state.accesses.set(key, access);
  sendJson(request.res, 200, access);
}

/** GET /scopes/access?scope=: every grant of the caller's scope, approved and revoked. */
export function listScopeAccess(request: AdminRequest): void {
  requireScope(request, [SCOPES_WRITE]);
  const scope = ownScope(request);
  const list = [...request.state.accesses.values()].filter((access) => access.scope === scope.name);
  sendJson(request.res, 200, list);
}

function checkOrgNumber(orgNumber: string): void {
  if (!isValidOrgNumber(orgNumber)) throw badRequest(`${orgNumber} is not a valid organisation number`);
}
