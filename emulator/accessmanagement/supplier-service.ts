import { createHash } from "node:crypto";
import { AltinnProblem, problem, type ProblemInstance } from "../consent/problem-details";
import { partyOfOrg } from "../registry/party-identifiers";
import type { EnvName } from "../state/environments";
import { MASKINPORTEN_SCHEMA_RESOURCES, scopesOfResource } from "./maskinporten-schema-resources";
import { compactEntity, SUPPLIER_ROLE } from "./supplier-caller";
import { SupplierProblems, SupplierValidationErrors } from "./supplier-problems";
import * as store from "./supplier-store";

// MaskinportenSupplierService as Altinn/altinn-authorization-tmp has it
// (src/apps/Altinn.AccessManagement/src/Altinn.AccessMgmt.Core/Services/MaskinportenSupplierService.cs): one assignment
// (role supplier) from consumer to supplier, with MaskinportenSchema resources delegated through it. Both controllers
// (suppliers: the consumer's view, consumers: the supplier's) call these with (consumer, supplier).

const validation = (errors: { code: string; detail: string; path: string }[]): ProblemInstance => ({
  kind: "validation",
  errors: errors.map(({ code, detail, path }) => ({ descriptor: { code, detail }, paths: [path] })),
});

/** GetAndValidateOrganizations: both parties exist (checked by the caller) and are not the same organisation. */
function validateOrganizations(consumerOrg: string, supplierOrg: string): void {
  if (consumerOrg !== supplierOrg) return;
  const { code, detail } = SupplierValidationErrors.InvalidQueryParameter;
  throw new AltinnProblem(
    validation([
      { code, detail, path: "QUERY/party" },
      { code, detail, path: "QUERY/supplier" },
    ]),
  );
}

/** GetResourceByRefId: only MaskinportenSchema resources; anything else is AM-00027. */
export function requireSchemaResource(refId: string): string {
  if (!scopesOfResource(refId)) throw new AltinnProblem(problem(SupplierProblems.InvalidResource));
  return refId;
}

export function addSupplier(env: EnvName, consumerOrg: string, supplierOrg: string, by?: store.ChangedBy) {
  validateOrganizations(consumerOrg, supplierOrg);
  const assignment = store.addAssignment(env, consumerOrg, supplierOrg);
  if (by) assignment.changedBy = by;
  // DtoMapperAssignmentDto.Convert: {id, roleId, fromId, toId}.
  return {
    id: assignment.id,
    roleId: SUPPLIER_ROLE.id,
    fromId: partyOfOrg(consumerOrg).partyUuid,
    toId: partyOfOrg(supplierOrg).partyUuid,
  };
}

/** RemoveSupplier: nothing to remove is fine; delegated resources need `cascade=true` (AM.VLD-00031 otherwise). */
export function removeSupplier(env: EnvName, consumerOrg: string, supplierOrg: string, cascade: boolean): void {
  validateOrganizations(consumerOrg, supplierOrg);
  const assignment = store.findAssignment(env, consumerOrg, supplierOrg);
  if (!assignment) return;
  if (assignment.resources.size > 0 && !cascade) {
    const { code, detail } = SupplierValidationErrors.AssignmentResourcesExist;
    throw new AltinnProblem(validation([{ code, detail, path: "QUERY/cascade" }]));
  }
  store.deleteAssignment(env, assignment);
}

/** ConnectionDto of the other party (GetSuppliers / GetConsumers). */
function connection(orgNumber: string) {
  return {
    party: compactEntity(orgNumber),
    roles: [SUPPLIER_ROLE],
    packages: [],
    resources: [],
    instances: [],
    connections: [],
  };
}

export function listConnections(
  env: EnvName,
  filter: { consumerOrg?: string; supplierOrg?: string },
  side: "supplier" | "consumer",
) {
  return store
    .assignmentsWhere(env, filter)
    .map((a) => connection(side === "supplier" ? a.supplierOrg : a.consumerOrg));
}

/** AddResource: the resource must be MaskinportenSchema and the supplier assignment must exist (AM-00022). */
export function addResource(
  env: EnvName,
  consumerOrg: string,
  supplierOrg: string,
  refId: string,
  by?: store.ChangedBy,
): boolean {
  validateOrganizations(consumerOrg, supplierOrg);
  requireSchemaResource(refId);
  const assignment = store.findAssignment(env, consumerOrg, supplierOrg);
  if (!assignment) throw new AltinnProblem(problem(SupplierProblems.MissingConnection));
  store.addResource(env, assignment, refId);
  if (by) assignment.changedBy = by;
  return true;
}

/** RemoveResource: no assignment, or the resource not delegated, is a 204 all the same. */
export function removeResource(env: EnvName, consumerOrg: string, supplierOrg: string, refId: string): void {
  validateOrganizations(consumerOrg, supplierOrg);
  requireSchemaResource(refId);
  const assignment = store.findAssignment(env, consumerOrg, supplierOrg);
  if (assignment?.resources.has(refId)) store.removeResource(env, assignment, refId);
}

function nameUuid(name: string): string {
  const h = createHash("sha1").update(`emulator-resource:${name}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** ResourceDto of a MaskinportenSchema resource. */
function resourceDto(refId: string) {
  const scopes = MASKINPORTEN_SCHEMA_RESOURCES[refId] ?? [];
  return {
    id: nameUuid(refId),
    providerId: nameUuid("provider:altinn3"),
    typeId: nameUuid("type:MaskinportenSchema"),
    name: scopes.join(", "),
    description: `Maskinporten scopes ${scopes.join(", ")}`,
    refId,
    provider: null,
    type: { id: nameUuid("type:MaskinportenSchema"), name: "MaskinportenSchema" },
  };
}

/** GetSupplierResources / GetConsumerResources: ResourcePermissionDto grouped by resource. */
export function listResources(env: EnvName, filter: { consumerOrg?: string; supplierOrg?: string; resource?: string }) {
  const byResource = new Map<string, { from: string; to: string }[]>();
  for (const a of store.assignmentsWhere(env, filter)) {
    for (const refId of [...a.resources].sort()) {
      if (filter.resource !== undefined && refId !== filter.resource) continue;
      byResource.set(refId, [...(byResource.get(refId) ?? []), { from: a.consumerOrg, to: a.supplierOrg }]);
    }
  }
  return [...byResource].map(([refId, permissions]) => ({
    resource: resourceDto(refId),
    permissions: permissions.map(({ from, to }) => ({
      from: compactEntity(from),
      to: compactEntity(to),
      via: null,
      role: SUPPLIER_ROLE,
      viaRole: null,
      reason: null,
    })),
  }));
}
