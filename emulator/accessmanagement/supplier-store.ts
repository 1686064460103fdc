import { randomUUID } from "node:crypto";
import { maskinportenState } from "../maskinporten/maskinporten-store";
import { ENVIRONMENTS, type EnvName } from "../state/environments";
import { registerStore } from "../state/store-registry";
import { scopesOfResource } from "./maskinporten-schema-resources";

/**
 * Supplier assignments (role `supplier`, from the consumer to the supplier) with the MaskinportenSchema resources
 * delegated through them, as MaskinportenSupplierService keeps them (Assignments, AssignmentResources). A delegated
 * resource is written into Maskinporten's delegations (what `consumer_org` is checked against), as Altinn's delegation
 * policy is what Maskinporten asks; removing it takes those delegations away again.
 */
export interface SupplierAssignment {
  id: string;
  consumerOrg: string;
  supplierOrg: string;
  resources: Set<string>;
  /** Who last named the supplier or delegated to it: Altinn audits the person's party UUID (AuditJWTClaimToDb). */
  changedBy?: ChangedBy;
}

export interface ChangedBy {
  pid: string;
  partyUuid: string;
}

const states = new Map<EnvName, Map<string, SupplierAssignment>>();
const key = (consumerOrg: string, supplierOrg: string) => `${consumerOrg} ${supplierOrg}`;

function of(env: EnvName): Map<string, SupplierAssignment> {
  let state = states.get(env);
  if (!state) states.set(env, (state = new Map()));
  return state;
}

registerStore("accessmanagement", {
  reset: () => states.clear(),
  snapshot: () =>
    Object.fromEntries(
      ENVIRONMENTS.map((env) => [
        env,
        [...of(env).values()].map((a) => ({ ...a, resources: [...a.resources].sort() })),
      ]),
    ),
});

export function findAssignment(env: EnvName, consumerOrg: string, supplierOrg: string) {
  return of(env).get(key(consumerOrg, supplierOrg));
}

/** AddSupplier: the existing assignment when there is one, else a new one. */
export function addAssignment(env: EnvName, consumerOrg: string, supplierOrg: string): SupplierAssignment {
  const existing = findAssignment(env, consumerOrg, supplierOrg);
  if (existing) return existing;
  const created = { id: randomUUID(), consumerOrg, supplierOrg, resources: new Set<string>() };
  of(env).set(key(consumerOrg, supplierOrg), created);
  return created;
}

export function assignmentsWhere(env: EnvName, filter: { consumerOrg?: string; supplierOrg?: string }) {
  return [...of(env).values()].filter(
    (a) =>
      (filter.consumerOrg === undefined || a.consumerOrg === filter.consumerOrg) &&
      (filter.supplierOrg === undefined || a.supplierOrg === filter.supplierOrg),
  );
}

export function deleteAssignment(env: EnvName, assignment: SupplierAssignment): void {
  for (const resource of [...assignment.resources]) removeResource(env, assignment, resource);
  of(env).delete(key(assignment.consumerOrg, assignment.supplierOrg));
}

export function addResource(env: EnvName, assignment: SupplierAssignment, resource: string): void {
  assignment.resources.add(resource);
  const maskinporten = maskinportenState(env);
  for (const scope of scopesOfResource(resource) ?? []) {
    const exists = maskinporten.delegations.some(
      (d) => d.consumerOrg === assignment.consumerOrg && d.supplierOrg === assignment.supplierOrg && d.scope === scope,
    );
    if (!exists)
      maskinporten.delegations.push({
        consumerOrg: assignment.consumerOrg,
        supplierOrg: assignment.supplierOrg,
        scope,
      });
  }
}

export function removeResource(env: EnvName, assignment: SupplierAssignment, resource: string): void {
  assignment.resources.delete(resource);
  const scopes = new Set(scopesOfResource(resource) ?? []);
  const maskinporten = maskinportenState(env);
  maskinporten.delegations = maskinporten.delegations.filter(
    (d) =>
      !(d.consumerOrg === assignment.consumerOrg && d.supplierOrg === assignment.supplierOrg && scopes.has(d.scope)),
  );
}
