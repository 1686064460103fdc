import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { personAccessToken, setRights } from "@/emulator/accessmanagement/supplier-test-helpers";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import { generateTestClientKey, testUpstreamConfig } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "@/lib/platform/upstream/upstream-context";
import { personAltinnToken } from "@/lib/platform/upstream/person-altinn-token-client";
import {
  addSupplier,
  listConsumers,
  listSuppliers,
  removeSupplier,
  type TPersonActingFor,
} from "@/lib/platform/upstream/supplier-delegations-client";
import { getKitCustomer } from "./get-kit-customer";
import { CONSENT_API_RESOURCES } from "./schemas";

// The suppliers feature against the emulator's supplier-delegation API, called as the portal calls it: as the
// logged-in person, their ID-porten access token (the emulator's ID-porten, asked with Altinn's enduser scopes)
// exchanged at Altinn Authentication for the person's Altinn token. Altinn's decision point lets a person with the
// access package Maskinporten administrator for the party act.

const PERSON = "21818297804";
const BANK = "313876144";
const SUPPLIER = "910753614";
const CLIENT_ID = "suppliers-test-client";
const MASKINPORTEN_ADMINISTRATOR = "urn:altinn:accesspackage:maskinporten-administrator";
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;
let loginToken = "";
let bank: TPersonActingFor;
let supplier: TPersonActingFor;

// The request's login token, as the session row would give it (lib/platform/auth/login-access-token.ts).
vi.mock("@/lib/platform/auth/login-access-token", () => ({
  currentLoginAccessToken: async () => ({ ok: true, token: loginToken }),
}));

beforeAll(async () => {
  emulator = await startContractEmulator();
  const key = await generateTestClientKey();
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(emulator.url, key, CLIENT_ID)));
  for (const orgNumber of [BANK, SUPPLIER])
    await setRights(emulator.url, PERSON, orgNumber, [MASKINPORTEN_ADMINISTRATOR]);
  loginToken = await personAccessToken(emulator.url, PERSON);
  const altinnToken = await personAltinnToken("test", loginToken);
  bank = { environment: "test", actingFor: BANK, altinnToken };
  supplier = { environment: "test", actingFor: SUPPLIER, altinnToken };
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

  it("is refused for a person Altinn does not let administer the organisation's delegations", async () => {
    await expect(listSuppliers({ ...bank, actingFor: "810419512" })).rejects.toMatchObject({
      name: "UpstreamError",
      status: 403,
    });
  });
});
