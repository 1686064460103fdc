import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import { generateTestClientKey, testUpstreamConfig } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "@/lib/platform/upstream/upstream-context";
import {
  addSupplier,
  listConsumers,
  listSuppliers,
  removeSupplier,
  SUPPLIER_API_SCOPES,
} from "@/lib/platform/upstream/supplier-delegations-client";
import { getKitCustomer } from "./get-kit-customer";
import { CONSENT_API_RESOURCES } from "./schemas";

// The suppliers feature against the emulator's supplier-delegation API, called as the portal calls it: an Altinn
// token of the portal's operator for the organisation (consumer_org), which the organisation delegated to the portal.

const OPERATOR = "991825827";
const BANK = "313876144"; // delegates the enduser scopes to the operator (the emulator's built-in data)
const SUPPLIER = "910753614";
const CLIENT_ID = "suppliers-test-client";
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;
const bank = { environment: "test" as const, actingFor: BANK };
const supplier = { environment: "test" as const, actingFor: SUPPLIER };

beforeAll(async () => {
  emulator = await startContractEmulator();
  const key = await generateTestClientKey();
  await emulator.control("POST", "/_emulator/clients", {
    env: "test",
    client_id: CLIENT_ID,
    client_orgno: OPERATOR,
    scopes: Object.values(SUPPLIER_API_SCOPES),
    jwks: { keys: [key.publicJwk] },
  });
  // The supplier lets the portal read its customers for it.
  await emulator.control("POST", "/_emulator/delegations", {
    env: "test",
    consumerOrg: SUPPLIER,
    supplierOrg: OPERATOR,
    scopes: [SUPPLIER_API_SCOPES.consumersRead],
  });
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(emulator.url, key, CLIENT_ID)));
});
afterAll(() => emulator.close());

describe("suppliers through Altinn's supplier-delegation API", () => {
  it("delegates the consent API to a supplier, shows the customer to the supplier with the handledBy text, and revokes", async () => {
    expect(await listSuppliers(bank)).toEqual([]);
    await addSupplier(bank, SUPPLIER, CONSENT_API_RESOURCES);
    await addSupplier(bank, SUPPLIER, CONSENT_API_RESOURCES); // repeating is harmless, as in Altinn

    expect(await listSuppliers(bank)).toEqual([
      { orgNumber: SUPPLIER, name: "Prøvebedriften AS", resources: [...CONSENT_API_RESOURCES].sort() },
    ]);
    expect(await listConsumers(supplier)).toEqual([{ orgNumber: BANK, name: "Testbanken AS" }]);
    const state = (await emulator.control("GET", "/_emulator/state")) as {
      maskinporten: { test: { delegations: { consumerOrg: string; supplierOrg: string; scope: string }[] } };
    };
    const delegated = state.maskinporten.test.delegations.filter((d) => d.supplierOrg === SUPPLIER).map((d) => d.scope);
    expect(delegated.sort()).toEqual(["altinn:consentrequests.read", "altinn:consentrequests.write"]);

    const customer = await getKitCustomer({
      supplier: { orgNumber: SUPPLIER, name: "Prøvebedriften AS" },
      customerOrgNumber: BANK,
      consentTemplate: "default",
    });
    expect(customer).toEqual({
      orgNumber: BANK,
      name: "Testbanken AS",
      // The default template's handledBy text (../shared/realdata/consent_templates.authz-test.json), filled.
      handledBy: {
        nb: "Prøvebedriften AS foretar dette oppslaget på vegne av Testbanken AS.",
        nn: "Prøvebedriften AS gjer dette oppslaget på vegne av Testbanken AS.",
        en: "Prøvebedriften AS performs the lookup on behalf of Testbanken AS.",
      },
    });
    // Not a customer: the kit builds for the organisation itself.
    expect(
      await getKitCustomer({
        supplier: { orgNumber: SUPPLIER, name: "x" },
        customerOrgNumber: "974761076",
        consentTemplate: null,
      }),
    ).toBeNull();

    await removeSupplier(bank, SUPPLIER);
    expect(await listSuppliers(bank)).toEqual([]);
    expect(await listConsumers(supplier)).toEqual([]);
  });

  it("is refused for an organisation that has not delegated the API's scopes to the portal", async () => {
    await expect(listSuppliers({ environment: "test", actingFor: "810419512" })).rejects.toMatchObject({
      name: "UpstreamError",
    });
  });
});
