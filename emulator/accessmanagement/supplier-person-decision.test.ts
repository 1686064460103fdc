import { describe, expect, it } from "vitest";
import { altinnToken } from "../test-support/altinn-token";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { altinnUserOf } from "../altinn/person-exchange";
import {
  ENDUSER_SCOPES,
  enduserApi,
  MASKINPORTEN_ADMINISTRATOR,
  personAltinnToken,
  setRights,
} from "./supplier-test-helpers";

// Who may use the supplier-delegation API for an organisation: only a person (an exchanged login token), and only
// one the decision point permits on altinn_maskinporten_scope_delegation for that party (scope-delegation-decision.ts).

const emulator = emulatorPerFile();
const BANK = "313876144";
const SUPPLIER = "910753614";
const NORA = "15859023441"; // holds no package for BANK in the seed
const KARI = "21818297804";

const bare = async (response: Response) => ({ status: response.status, body: await response.text() });

describe("the supplier-delegation API's caller", () => {
  it("refuses an organisation's token (Maskinporten exchanged, with every enduser scope) with a bare 403", async () => {
    const orgToken = await altinnToken(emulator.url, { orgNumber: BANK, scopes: ENDUSER_SCOPES });
    const api = await enduserApi(emulator.url, BANK, orgToken);
    expect(await bare(await api("GET", "maskinportensuppliers"))).toEqual({ status: 403, body: "" });
    expect(await bare(await api("POST", "maskinportensuppliers", { supplier: SUPPLIER }))).toEqual({
      status: 403,
      body: "",
    });
  });

  it("refuses a person without the right, and one whose right is for another organisation", async () => {
    const api = await enduserApi(emulator.url, BANK, await personAltinnToken(emulator.url, NORA));
    expect(await bare(await api("POST", "maskinportensuppliers", { supplier: SUPPLIER }))).toEqual({
      status: 403,
      body: "",
    });
    // A portal resource is not what the policy asks for.
    await setRights(emulator.url, NORA, BANK, ["consent-portal-admin"]);
    expect((await api("GET", "maskinportensuppliers")).status).toBe(403);
    await setRights(emulator.url, NORA, SUPPLIER, [MASKINPORTEN_ADMINISTRATOR]);
    expect((await api("GET", "maskinportensuppliers")).status).toBe(403);
  });

  it("lets a person with Maskinporten administrator, main administrator or HADM act, and records who did", async () => {
    for (const right of [
      MASKINPORTEN_ADMINISTRATOR,
      "urn:altinn:accesspackage:hovedadministrator",
      "urn:altinn:rolecode:HADM",
    ]) {
      await setRights(emulator.url, KARI, BANK, [right]);
      const api = await enduserApi(emulator.url, BANK, await personAltinnToken(emulator.url, KARI));
      expect((await api("POST", "maskinportensuppliers", { supplier: SUPPLIER })).status).toBe(200);
    }
    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as {
      accessmanagement: { test: { consumerOrg: string; supplierOrg: string; changedBy: unknown }[] };
    };
    expect(state.accessmanagement.test).toEqual([
      expect.objectContaining({
        consumerOrg: BANK,
        supplierOrg: SUPPLIER,
        changedBy: { pid: KARI, partyUuid: altinnUserOf(KARI).partyUuid },
      }),
    ]);
  });
});
