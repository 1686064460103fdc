import { decodeJwt } from "jose";
import { describe, expect, it } from "vitest";
import { altinnHeaders, altinnToken, grantDigdirScopes } from "../test-support/altinn-token";
import { BrowserSession } from "../test-support/browser-session";
import {
  BANK,
  click,
  CONSENT_SCOPES,
  consentEmulatorPerFile,
  consentRequest,
  KARI,
  logIn,
  OTHER_BANK,
  PERSON,
} from "../test-support/consent-request-fixture";
import { registerTestClient } from "../test-support/maskinporten-client";
import { orgUrn } from "../test-support/org-numbers";

const consent = consentEmulatorPerFile();

const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?\+00:00$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function expectBare(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(await response.text()).toBe("");
}

async function decisions(resourceId: string) {
  const state = (await (await fetch(`${consent.emulator.url}/_emulator/state`)).json()) as {
    "authorization.decisions": { resourceId: string; decision: string; reason: string }[];
  };
  return state["authorization.decisions"].filter((decision) => decision.resourceId === resourceId);
}

describe("consent requests (POST and GET)", () => {
  it("creates a request (201, Location, ConsentRequestDetailsDto) and reads it back", async () => {
    const request = consentRequest({ validTo: "2099-01-02T03:04:05.600Z" });
    const created = await consent.post(request);
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toBe(`${consent.api}/${request.id}`);
    const body = (await created.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id: request.id,
      from: PERSON,
      to: orgUrn(BANK),
      requiredDelegator: null,
      handledBy: null,
      validTo: "2099-01-02T03:04:05.6+00:00",
      consentRights: request.consentRights,
      requestMessage: request.requestMessage,
      status: "Created",
      consented: null,
      redirectUrl: request.redirectUrl,
      consentRequestEvents: [
        {
          consentEventID: expect.stringMatching(UUID),
          created: expect.stringMatching(DATE),
          performedBy: orgUrn(BANK),
          eventType: "Created",
          consentRequestID: request.id,
        },
      ],
      viewUri: `${consent.emulator.url}/test/consent/requests/${request.id}`,
      portalViewMode: "Hide",
    });
    const read = await fetch(`${consent.api}/${request.id}`, { headers: altinnHeaders(consent.bank) });
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual(body);
    const [decision] = await decisions("stami-samtykke-must");
    expect(decision).toMatchObject({ decision: "Permit" });
  });

  it("answers a repeated id with the same parties 200 in Altinn's internal shape, other parties AM-00016", async () => {
    const request = consentRequest();
    expect((await consent.post(request)).status).toBe(201);
    const again = await consent.post({ ...request, redirectUrl: "https://bank.example/other", portalViewMode: "Show" });
    expect(again.status).toBe(200);
    const body = (await again.json()) as Record<string, unknown>;
    // ConsentController returns the core ConsentRequestDetails here: no `status`, internal party uuids in events.
    expect(body).toMatchObject({
      id: request.id,
      consentRequestStatus: "Created",
      redirectUrl: request.redirectUrl,
      templateId: "samtykkemal_simpleconsent",
      templateVersion: null,
      portalViewMode: "Hide",
    });
    expect(body.status).toBeUndefined();
    expect((body.consentRights as { resource: { version: string }[] }[])[0]?.resource[0]?.version).toBe("1");
    expect((body.consentRequestEvents as { performedBy: string }[])[0]?.performedBy).toMatch(
      /^urn:altinn:party:uuid:[0-9a-f-]{36}$/,
    );

    const other = await consent.post({ ...request, from: "urn:altinn:person:identifier-no:25922947409" });
    expect(other.status).toBe(400);
    expect(other.headers.get("content-type")).toBe("application/problem+json");
    expect(await other.json()).toEqual({
      type: "https://tools.ietf.org/html/rfc9110#section-15.5.1",
      title: "Bad Request",
      status: 400,
      detail: "Consent with id already exist",
      code: "AM-00016",
      requestId: request.id,
    });
  });

  it("lets only the `to` organisation read a request (AM-00000), and knows unknown ids (AM-00001)", async () => {
    const request = consentRequest();
    await consent.post(request);
    const other = await altinnToken(consent.emulator.url, { orgNumber: OTHER_BANK, scopes: CONSENT_SCOPES });
    const refused = await fetch(`${consent.api}/${request.id}`, { headers: altinnHeaders(other) });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      code: "AM-00000",
      detail: "Not authorized for consent",
      title: "Forbidden",
    });
    const missing = await fetch(`${consent.api}/0b9d0c6e-0000-4000-8000-000000000000`, {
      headers: altinnHeaders(consent.bank),
    });
    expect(await missing.json()).toMatchObject({ status: 404, code: "AM-00001", detail: "Consent not found" });
    await expectBare(await fetch(`${consent.api}/not-a-guid`, { headers: altinnHeaders(consent.bank) }), 404);
  });

  it("answers 401/403 without a body for a missing token, missing scopes or another `to`", async () => {
    await expectBare(
      await fetch(consent.api, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
      401,
    );
    const unscoped = await altinnToken(consent.emulator.url, {
      orgNumber: BANK,
      scopes: ["altinn:resourceregistry/accesslist.read"],
    });
    await expectBare(await consent.post(consentRequest(), unscoped), 403);
    await expectBare(await consent.post(consentRequest({ to: orgUrn(OTHER_BANK) })), 403);
  });

  it("takes the requestconsent decision from the published policy: access-list members only, nothing without a policy", async () => {
    await expectBare(await consent.post(consentRequest({}, "stami-listed")), 403);
    const [refusal] = await decisions("stami-listed");
    expect(refusal?.decision).not.toBe("Permit");
    const member = await altinnToken(consent.emulator.url, { orgNumber: OTHER_BANK, scopes: CONSENT_SCOPES });
    expect((await consent.post(consentRequest({ to: orgUrn(OTHER_BANK) }, "stami-listed"), member)).status).toBe(201);
    expect((await decisions("stami-listed")).at(-1)?.decision).toBe("Permit");
    await expectBare(await consent.post(consentRequest({}, "stami-unpublished")), 403);
    await expectBare(await consent.post(consentRequest({}, "no-such-resource")), 403);
  });

  it("records the caller as handledBy with altinn:consentrequests.org, and a supplier with consumer_org", async () => {
    // The consent.emulator's Maskinporten has no built-in altinn:consentrequests.org: Digdir creates it and grants it to the bank.
    const orgScope = "altinn:consentrequests.org";
    const digdir = await registerTestClient(consent.emulator.url, {
      orgNumber: "991825827",
      scopes: ["idporten:scopes.write"],
    });
    const created = await fetch(`${consent.emulator.url}/test/maskinporten-admin/api/v1/scopes`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${await digdir.accessToken("idporten:scopes.write")}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({
        prefix: "altinn",
        subscope: "consentrequests.org",
        description: "Consent requests for others",
        visibility: "PRIVATE",
        token_type: "SELF_CONTAINED",
        allowed_integration_types: ["maskinporten"],
        accessible_for_all: false,
      }),
    });
    expect(created.status).toBe(201);
    await grantDigdirScopes(consent.emulator.url, BANK, [orgScope]);
    const owner = await altinnToken(consent.emulator.url, { orgNumber: BANK, scopes: [orgScope] });
    const forOther = await consent.post(consentRequest({ to: orgUrn(OTHER_BANK) }), owner);
    expect(forOther.status).toBe(201);
    expect(await forOther.json()).toMatchObject({ to: orgUrn(OTHER_BANK), handledBy: orgUrn(BANK) });

    // Built in: the consent.bank delegates the consent request scopes to Digdir's operator client.
    const supplierOrg = "991825827";
    const supplier = await registerTestClient(consent.emulator.url, { orgNumber: supplierOrg, scopes: CONSENT_SCOPES });
    const token = await supplier.accessToken(CONSENT_SCOPES.join(" "), { claims: { consumer_org: BANK } });
    expect(decodeJwt(token).supplier).toBeTruthy();
    const request = consentRequest();
    const bySupplier = await consent.post(request, token);
    expect(bySupplier.status).toBe(201);
    const body = (await bySupplier.json()) as { handledBy: string; consentRequestEvents: { performedBy: string }[] };
    expect(body.handledBy).toBe(orgUrn(supplierOrg));
    expect(body.consentRequestEvents[0]?.performedBy).toBe(orgUrn(BANK));
  });

  it("goes from the approval page to Accepted, with the person's event", async () => {
    const request = consentRequest();
    const { viewUri } = (await (await consent.post(request)).json()) as { viewUri: string };
    const browser = new BrowserSession();
    await logIn(browser, viewUri, KARI);
    const page = await (await browser.request(viewUri)).text();
    expect(page).toContain("Samtykkeerklæring Medarbeiderundersøkelsen i staten - MUST");
    expect(page).toContain("resultatene deles med Testbanken AS");
    expect((await click(browser, viewUri, "Approve")).status).toBe(303);
    const read = (await (
      await fetch(`${consent.api}/${request.id}`, { headers: altinnHeaders(consent.bank) })
    ).json()) as Record<string, unknown>;
    expect(read).toMatchObject({ status: "Accepted", consented: expect.stringMatching(DATE) });
    expect(
      (read.consentRequestEvents as { eventType: string; performedBy: string }[]).map(({ eventType, performedBy }) => [
        eventType,
        performedBy,
      ]),
    ).toEqual([
      ["Created", orgUrn(BANK)],
      ["Accepted", PERSON],
    ]);
  });
});
