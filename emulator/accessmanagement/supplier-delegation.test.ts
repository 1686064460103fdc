import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { grantDigdirScopes } from "../test-support/altinn-token";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { registerTestClient } from "../test-support/maskinporten-client";
import { ADMINISTRATOR_PID, adminApi, partyUuidOf, personAltinnToken } from "./supplier-test-helpers";

const emulator = emulatorPerFile();
const BANK = "313876144";
const SUPPLIER = "910753614";
const WRITE = "altinn-consentrequests-write";
const CONSENT_WRITE = "altinn:consentrequests.write";

async function supplierToken(consumerOrg: string): Promise<Response> {
  await grantDigdirScopes(emulator.url, consumerOrg, [CONSENT_WRITE]);
  const client = await registerTestClient(emulator.url, { orgNumber: SUPPLIER, scopes: [CONSENT_WRITE] });
  return client.tokenResponse(await client.assertion(CONSENT_WRITE, { claims: { consumer_org: consumerOrg } }));
}

describe("Altinn's supplier-delegation API (MaskinportenSuppliersController, MaskinportenConsumersController)", () => {
  it("names a supplier, lists it, and answers the same assignment when asked again", async () => {
    const api = await adminApi(emulator.url, BANK);
    const first = await api("POST", "maskinportensuppliers", { supplier: SUPPLIER });
    expect(first.status).toBe(200);
    const assignment = (await first.json()) as Record<string, string>;
    expect(assignment).toEqual({
      id: expect.any(String),
      roleId: "961f6ebb-ecf7-4fc6-ab5a-ca0841db4931",
      fromId: await partyUuidOf(emulator.url, BANK),
      toId: await partyUuidOf(emulator.url, SUPPLIER),
    });
    const again = (await (
      await api("POST", "maskinportensuppliers", { supplier: SUPPLIER })
    ).json()) as typeof assignment;
    expect(again.id).toBe(assignment.id);

    const list = (await (await api("GET", "maskinportensuppliers")).json()) as {
      party: { organizationIdentifier: string; name: string; type: string };
      roles: { code: string }[];
    }[];
    expect(list).toHaveLength(1);
    expect(list[0]?.party).toMatchObject({
      organizationIdentifier: SUPPLIER,
      name: "Prøvebedriften AS",
      type: "Organisasjon",
    });
    expect(list[0]?.roles).toEqual([expect.objectContaining({ code: "supplier", urn: "urn:altinn:role:supplier" })]);
  });

  it("lets the supplier use consumer_org only for what was delegated, and shows it the consumer", async () => {
    const api = await adminApi(emulator.url, BANK);
    expect((await api("POST", "maskinportensuppliers/resources", { supplier: SUPPLIER, resource: WRITE })).status).toBe(
      400,
    );
    await api("POST", "maskinportensuppliers", { supplier: SUPPLIER });
    const before = await supplierToken(BANK);
    expect(before.status).toBe(400);

    const added = await api("POST", "maskinportensuppliers/resources", { supplier: SUPPLIER, resource: WRITE });
    expect(added.status).toBe(200);
    expect(await added.json()).toBe(true);
    const after = await supplierToken(BANK);
    expect(after.status).toBe(200);
    const claims = decodeJwt(((await after.json()) as { access_token: string }).access_token);
    expect(claims.supplier).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${SUPPLIER}` });
    expect(claims.consumer).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${BANK}` });
    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as {
      maskinporten: { test: { delegations: { consumerOrg: string; supplierOrg: string; scope: string }[] } };
    };
    expect(state.maskinporten.test.delegations).toContainEqual({
      consumerOrg: BANK,
      supplierOrg: SUPPLIER,
      scope: "altinn:consentrequests.write",
    });

    const resources = (await (await api("GET", "maskinportensuppliers/resources")).json()) as {
      resource: { refId: string };
      permissions: { from: { organizationIdentifier: string }; to: { organizationIdentifier: string } }[];
    }[];
    expect(resources.map((r) => r.resource.refId)).toEqual([WRITE]);
    expect(resources[0]?.permissions[0]?.to.organizationIdentifier).toBe(SUPPLIER);

    const supplierApi = await adminApi(emulator.url, SUPPLIER);
    const customers = (await (await supplierApi("GET", "maskinportenconsumers")).json()) as {
      party: { organizationIdentifier: string };
    }[];
    expect(customers.map((c) => c.party.organizationIdentifier)).toEqual([BANK]);

    // Removing the supplier needs cascade while resources are delegated; then the delegation is gone from Maskinporten.
    const refused = await api("DELETE", "maskinportensuppliers", { supplier: SUPPLIER });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      code: "STD-00000",
      validationErrors: [{ code: "AM.VLD-00031", paths: ["QUERY/cascade"] }],
    });
    expect((await api("DELETE", "maskinportensuppliers", { supplier: SUPPLIER, cascade: "true" })).status).toBe(204);
    expect(await (await api("GET", "maskinportensuppliers")).json()).toEqual([]);
    expect(await (await supplierApi("GET", "maskinportenconsumers")).json()).toEqual([]);
    expect((await supplierToken(BANK)).status).toBe(400);
  });

  it("lets the supplier give up a customer, with cascade while resources are delegated", async () => {
    const api = await adminApi(emulator.url, BANK);
    await api("POST", "maskinportensuppliers", { supplier: SUPPLIER });
    await api("POST", "maskinportensuppliers/resources", { supplier: SUPPLIER, resource: WRITE });
    const supplierApi = await adminApi(emulator.url, SUPPLIER);
    const resources = (await (await supplierApi("GET", "maskinportenconsumers/resources")).json()) as {
      permissions: { from: { organizationIdentifier: string } }[];
    }[];
    expect(resources[0]?.permissions[0]?.from.organizationIdentifier).toBe(BANK);
    expect((await supplierApi("DELETE", "maskinportenconsumers", { consumer: BANK })).status).toBe(400);
    expect(
      (await supplierApi("DELETE", "maskinportenconsumers/resources", { consumer: BANK, resource: WRITE })).status,
    ).toBe(204);
    expect((await supplierApi("DELETE", "maskinportenconsumers", { consumer: BANK })).status).toBe(204);
    expect(await (await api("GET", "maskinportensuppliers")).json()).toEqual([]);
  });

  it("refuses what Altinn refuses", async () => {
    const api = await adminApi(emulator.url, BANK);
    const unknown = await api("POST", "maskinportensuppliers", { supplier: "123456789" });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: "AM-00023" });

    const self = await api("POST", "maskinportensuppliers", { supplier: BANK });
    expect(self.status).toBe(400);
    expect(await self.json()).toMatchObject({
      validationErrors: [
        { code: "AM.VLD-00007", paths: ["QUERY/party"] },
        { code: "AM.VLD-00007", paths: ["QUERY/supplier"] },
      ],
    });

    await api("POST", "maskinportensuppliers", { supplier: SUPPLIER });
    const badResource = await api("POST", "maskinportensuppliers/resources", {
      supplier: SUPPLIER,
      resource: "stami-samtykke-must",
    });
    expect(await badResource.json()).toMatchObject({ code: "AM-00027" });
    expect((await api("POST", "maskinportensuppliers")).status).toBe(400); // [Required] supplier

    // Another organisation's party, no token, a token without the scope.
    const other = await partyUuidOf(emulator.url, SUPPLIER);
    const url = `${emulator.url}/test/platform/accessmanagement/api/v1/enduser/maskinportensuppliers`;
    const withoutScope = await personAltinnToken(emulator.url, ADMINISTRATOR_PID, [
      "altinn:accessmanagement/enduser:maskinportenconsumers.read",
    ]);
    expect((await api("GET", "maskinportensuppliers", { party: other })).status).toBe(403);
    expect((await fetch(`${url}?party=${other}`)).status).toBe(401);
    expect((await api("GET", "maskinportensuppliers", {}, withoutScope)).status).toBe(403);
  });
});
