import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { BrowserSession } from "../test-support/browser-session";
import {
  BANK,
  CONSENT_SCOPES,
  click,
  consentEmulatorPerFile,
  consentRequest,
  KARI,
  logIn,
  PERSON,
} from "../test-support/consent-request-fixture";
import { registerTestClient } from "../test-support/maskinporten-client";
import { adminApi } from "./supplier-test-helpers";

const consent = consentEmulatorPerFile();
const SUPPLIER = "910753614";

describe("a supplier acting for its customer after the supplier-delegation API", () => {
  it("creates the customer's consent request as handledBy and gets a token with supplier and handledBy", async () => {
    const url = consent.emulator.url;
    const api = await adminApi(url, BANK);
    expect((await api("POST", "maskinportensuppliers", { supplier: SUPPLIER })).status).toBe(200);
    for (const resource of ["altinn-consentrequests-write", "altinn-consentrequests-read"])
      expect((await api("POST", "maskinportensuppliers/resources", { supplier: SUPPLIER, resource })).status).toBe(200);

    const supplier = await registerTestClient(url, { orgNumber: SUPPLIER, scopes: CONSENT_SCOPES });
    const write = await supplier.accessToken("altinn:consentrequests.write", { claims: { consumer_org: BANK } });
    const request = consentRequest();
    const created = await consent.post(request, write);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      to: `urn:altinn:organization:identifier-no:${BANK}`,
      handledBy: `urn:altinn:organization:identifier-no:${SUPPLIER}`,
    });

    // The person sees who handles the request for the bank (the template's handledBy text) and approves.
    const page = consent.pageOf(request.id);
    const browser = new BrowserSession();
    await logIn(browser, page, KARI);
    expect(await (await browser.request(page)).text()).toContain("Prøvebedriften AS");
    expect((await click(browser, page, "Approve")).status).toBe(303);

    const token = await supplier.accessToken("altinn:consentrequests.read", {
      claims: {
        consumer_org: BANK,
        authorization_details: [{ type: "urn:altinn:consent", id: request.id, from: PERSON }],
      },
    });
    const claims = decodeJwt(token);
    expect(claims.supplier).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${SUPPLIER}` });
    expect(claims.consumer).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${BANK}` });
    expect(claims.delegation_source).toBe("https://tt02.altinn.no/");
    expect(claims.authorization_details).toEqual([
      expect.objectContaining({
        id: request.id,
        to: { authority: "iso6523-actorid-upis", ID: `0192:${BANK}` },
        handledBy: `urn:altinn:organization:identifier-no:${SUPPLIER}`,
      }),
    ]);
  });
});
