import "server-only";
import { z } from "zod";
import { HttpBaseClient } from "./http-base-client";
import { upstream } from "./upstream-context";
import type { ActingFor } from "./authorized-http-clients";

// Altinn's supplier-delegation API ("Maskinporten suppliers"): a consumer names a supplier organisation and delegates
// MaskinportenSchema resources (the scopes behind them) to it; the supplier then fetches Maskinporten tokens with
// `consumer_org`. Routes, answers and refusals from Altinn/altinn-authorization-tmp
// src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement.Api.Enduser/Controllers/MaskinportenSuppliersController.cs
// and MaskinportenConsumersController.cs. Altinn's API is an end-user API (a person's Altinn token); the portal has
// organisation tokens only, so it calls it with an exchanged Altinn token for the organisation it acts for, which
// the emulator accepts (docs/ARCHITECTURE.md, emulator/README.md: a deviation from production).

export const SUPPLIER_API_SCOPES = {
  suppliersRead: "altinn:accessmanagement/enduser:maskinportensuppliers.read",
  suppliersWrite: "altinn:accessmanagement/enduser:maskinportensuppliers.write",
  consumersRead: "altinn:accessmanagement/enduser:maskinportenconsumers.read",
} as const;

const ZCompactEntity = z.looseObject({
  id: z.string(),
  name: z.string().nullish(),
  organizationIdentifier: z.string().nullish(),
});
const ZConnections = z.array(z.looseObject({ party: ZCompactEntity }));
const ZResourcePermissions = z.array(
  z.looseObject({
    resource: z.looseObject({ refId: z.string() }),
    permissions: z.array(z.looseObject({ from: ZCompactEntity, to: ZCompactEntity })),
  }),
);
const ZParty = z.looseObject({ partyUuid: z.string() });

export interface TConnectedOrganisation {
  orgNumber: string;
  name: string | null;
}

function http(target: ActingFor, path: "register" | "enduser", scope: string): HttpBaseClient {
  const context = upstream();
  const { platformUrl } = context.config(target.environment).altinn;
  const request = { environment: target.environment, scopes: [scope], consumerOrg: target.actingFor };
  return new HttpBaseClient({
    baseUrl: path === "register" ? `${platformUrl}/register/api/v1` : `${platformUrl}/accessmanagement/api/v1/enduser`,
    name: `${path === "register" ? "altinn-register" : "altinn-supplier-delegations"}:${target.environment}`,
    getAuthHeader: async () => `Bearer ${await context.altinn.getToken(request)}`,
  });
}

/** The party UUID the API takes as `party`, from Altinn Register's lookup by organisation number. */
async function partyOf(target: ActingFor, scope: string): Promise<string> {
  const { data } = await http(target, "register", scope).request({
    method: "POST",
    path: "parties/lookup",
    body: { orgNo: target.actingFor },
    schema: ZParty,
    idempotent: true,
  });
  return data.partyUuid;
}

const organisationOf = (entity: z.infer<typeof ZCompactEntity>): TConnectedOrganisation => ({
  orgNumber: entity.organizationIdentifier ?? entity.id,
  name: entity.name ?? null,
});

/** The consumer's suppliers, each with the resources delegated to it. */
export async function listSuppliers(target: ActingFor) {
  const scope = SUPPLIER_API_SCOPES.suppliersRead;
  const party = await partyOf(target, scope);
  const client = http(target, "enduser", scope);
  const [{ data: connections }, { data: resources }] = await Promise.all([
    client.request({ method: "GET", path: "maskinportensuppliers", query: { party }, schema: ZConnections }),
    client.request({
      method: "GET",
      path: "maskinportensuppliers/resources",
      query: { party },
      schema: ZResourcePermissions,
    }),
  ]);
  return connections.map(({ party: entity }) => {
    const supplier = organisationOf(entity);
    const delegated = resources
      .filter((r) => r.permissions.some((p) => p.to.organizationIdentifier === supplier.orgNumber))
      .map((r) => r.resource.refId);
    return { ...supplier, resources: delegated };
  });
}

/** Names the supplier (AddSupplier; repeating it is harmless) and delegates each resource to it (AddResource). */
export async function addSupplier(target: ActingFor, supplier: string, resources: readonly string[]): Promise<void> {
  const scope = SUPPLIER_API_SCOPES.suppliersWrite;
  const party = await partyOf(target, scope);
  const client = http(target, "enduser", scope);
  // POSTs, but Altinn answers a repeated one with the existing assignment and an already delegated resource again.
  await client.request({ method: "POST", path: "maskinportensuppliers", query: { party, supplier }, idempotent: true });
  for (const resource of resources)
    await client.request({
      method: "POST",
      path: "maskinportensuppliers/resources",
      query: { party, supplier, resource },
      idempotent: true,
    });
}

/** Removes the supplier and, with `cascade`, everything delegated to it (without it Altinn refuses: AM.VLD-00031). */
export async function removeSupplier(target: ActingFor, supplier: string): Promise<void> {
  const scope = SUPPLIER_API_SCOPES.suppliersWrite;
  const party = await partyOf(target, scope);
  await http(target, "enduser", scope).request({
    method: "DELETE",
    path: "maskinportensuppliers",
    query: { party, supplier, cascade: true },
  });
}

/** The supplier's customers: the consumers that named it as their supplier. */
export async function listConsumers(target: ActingFor): Promise<TConnectedOrganisation[]> {
  const scope = SUPPLIER_API_SCOPES.consumersRead;
  const party = await partyOf(target, scope);
  const { data } = await http(target, "enduser", scope).request({
    method: "GET",
    path: "maskinportenconsumers",
    query: { party },
    schema: ZConnections,
  });
  return data.map(({ party: entity }) => organisationOf(entity));
}
