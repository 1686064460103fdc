import "server-only";
import { z } from "zod";
import { HttpBaseClient } from "./http-base-client";
import { upstream } from "./upstream-context";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// Altinn's supplier-delegation API ("Maskinporten suppliers"): a consumer names a supplier organisation and delegates
// MaskinportenSchema resources (the scopes behind them) to it; the supplier then fetches Maskinporten tokens with
// `consumer_org`. Routes, answers and refusals from Altinn/altinn-authorization-tmp
// src/apps/Altinn.AccessManagement/src/Altinn.AccessManagement.Api.Enduser/Controllers/MaskinportenSuppliersController.cs
// and MaskinportenConsumersController.cs. It is an end-user API: every call carries the person's Altinn token (the
// login's access token exchanged, person-altinn-token-client.ts), and Altinn's decision point decides whether that
// person may administer the party's Maskinporten delegations (`altinn_maskinporten_scope_delegation`); an organisation's
// token is refused (403).

export { SUPPLIER_API_SCOPES } from "./supplier-api-scopes";

/** The organisation a call is for, and the person's Altinn token it is made with. */
export interface TPersonActingFor {
  environment: TUpstreamEnvironment;
  /** Organisation number of the organisation the person acts for (its party UUID is looked up). */
  actingFor: string;
  /** The person's exchanged Altinn token. */
  altinnToken: string;
}

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

function http(target: TPersonActingFor, path: "register" | "enduser"): HttpBaseClient {
  const { platformUrl } = upstream().config(target.environment).altinn;
  return new HttpBaseClient({
    baseUrl: path === "register" ? `${platformUrl}/register/api/v1` : `${platformUrl}/accessmanagement/api/v1/enduser`,
    name: `${path === "register" ? "altinn-register" : "altinn-supplier-delegations"}:${target.environment}`,
    getAuthHeader: async () => `Bearer ${target.altinnToken}`,
  });
}

/** The party UUID the API takes as `party`, from Altinn Register's lookup by organisation number. */
async function partyOf(target: TPersonActingFor): Promise<string> {
  const { data } = await http(target, "register").request({
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
export async function listSuppliers(target: TPersonActingFor) {
  const party = await partyOf(target);
  const client = http(target, "enduser");
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
export async function addSupplier(
  target: TPersonActingFor,
  supplier: string,
  resources: readonly string[],
): Promise<void> {
  const party = await partyOf(target);
  const client = http(target, "enduser");
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
export async function removeSupplier(target: TPersonActingFor, supplier: string): Promise<void> {
  const party = await partyOf(target);
  await http(target, "enduser").request({
    method: "DELETE",
    path: "maskinportensuppliers",
    query: { party, supplier, cascade: true },
  });
}

/** The supplier's customers: the consumers that named it as their supplier. */
export async function listConsumers(target: TPersonActingFor): Promise<TConnectedOrganisation[]> {
  const party = await partyOf(target);
  const { data } = await http(target, "enduser").request({
    method: "GET",
    path: "maskinportenconsumers",
    query: { party },
    schema: ZConnections,
  });
  return data.map(({ party: entity }) => organisationOf(entity));
}
