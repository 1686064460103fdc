import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProblemError } from "../problem";
import type { RunningEmulator } from "../start-emulator";
import { altinnHeaders, altinnToken } from "../test-support/altinn-token";
import { BrowserSession, locationOf } from "../test-support/browser-session";
import { BANK, click, type ConsentEmulator, consentRequest, KARI, logIn, PERSON, startConsentEmulator } from "../test-support/consent-request-fixture";
import { orgUrn } from "../test-support/org-numbers";
import { findConsentForToken } from "./consent-store";

let emulator: RunningEmulator;
let bank: string;
let api: string;
let post: ConsentEmulator["post"];
let created: ConsentEmulator["created"];

beforeAll(async () => {
  ({ emulator, bank, api, post, created } = await startConsentEmulator());
});
afterAll(() => emulator?.close());

async function expectProblem(response: Response, status: number, field?: string) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { code?: string; errors?: Record<string, string[]> };
  expect(body.code).toMatch(/^AM-/);
  if (field) expect(Object.keys(body.errors ?? {})).toContain(field);
}

describe("consent requests", () => {
  it("goes from request through the approval page to the details a consent token carries", async () => {
    const request = consentRequest();
    const created = await post(request);
    expect(created.status).toBe(201);
    const body = (await created.json()) as { status: string; viewUri: string };
    expect(body).toMatchObject({ id: request.id, status: "created", viewUri: `${emulator.url}/test/consent/requests/${request.id}` });
    // A retry with the same content is answered with the same request; other content under that id is a conflict.
    expect((await post(request)).status).toBe(200);
    await expectProblem(await post({ ...request, redirectUrl: "https://bank.example/other" }), 409);

    // The page asks who you are before it shows anything.
    const browser = new BrowserSession();
    const login = await browser.request(body.viewUri);
    expect(login.status).toBe(200);
    expect(await login.text()).not.toContain("Samtykkeerklæring");
    await logIn(browser, body.viewUri, KARI);

    const page = await browser.request(body.viewUri);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Samtykkeerklæring Medarbeiderundersøkelsen i staten - MUST");
    expect(html).toContain("resultatene deles med Testbanken AS");
    expect(html).toContain('<a href="https://bank.example/info">');
    expect(html).toContain("<strong>tillatelse</strong>");
    expect(html).toContain("Testbanken AS (313876144)");
    expect(html).toContain("Logged in as Kari Nordmann (21818297804)");
    expect(() => findConsentForToken("test", { id: request.id, from: PERSON, consumerOrg: BANK })).toThrow(ProblemError);

    const decided = await click(browser, body.viewUri, "Approve");
    expect(decided.status).toBe(303);
    const location = new URL(decided.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe("https://bank.example/consent/done");
    expect(Object.fromEntries(location.searchParams)).toEqual({ flow: "1", id: request.id, status: "accepted" });

    const fetched = (await (await fetch(`${api}/${request.id}`, { headers: altinnHeaders(bank) })).json()) as { status: string; consented: string };
    expect(fetched.status).toBe("accepted");
    expect(Date.parse(fetched.consented)).not.toBeNaN();

    expect(findConsentForToken("test", { id: request.id, from: PERSON, consumerOrg: `0192:${BANK}` })).toEqual({
      type: "urn:altinn:consent",
      id: request.id,
      from: PERSON,
      to: { authority: "iso6523-actorid-upis", ID: `0192:${BANK}` },
      consented: fetched.consented,
      validTo: request.validTo,
      consentRights: request.consentRights,
    });
    expect(() => findConsentForToken("test", { id: request.id, from: PERSON, consumerOrg: "310149942" })).toThrow(ProblemError);
    expect(() => findConsentForToken("test", { id: request.id, from: "urn:altinn:person:identifier-no:25922947409", consumerOrg: BANK })).toThrow(
      ProblemError,
    );
    expect(() => findConsentForToken("prod", { id: request.id, from: PERSON, consumerOrg: BANK })).toThrow(ProblemError);
  });

  it("sends the person back with status=rejected and gives no consent", async () => {
    const { request, page } = await created();
    const browser = new BrowserSession();
    await logIn(browser, page, KARI);
    const decided = await click(browser, page, "Reject");
    expect(decided.status).toBe(303);
    expect(new URL(locationOf(decided, page)).searchParams.get("status")).toBe("rejected");
    let refusal: unknown;
    try {
      findConsentForToken("test", { id: request.id, from: PERSON, consumerOrg: BANK });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ProblemError);
    expect((refusal as ProblemError).status).toBe(400);
    expect((refusal as ProblemError).extra.detail).toContain("rejected");
  });

  it.each([
    ["a missing metadata key", consentRequest({}, "stami-samtykke-must", { virksomhet: "Testbanken AS" }), "consentRights[0].metadata.samtykkelink"],
    [
      "an unknown metadata key",
      consentRequest({}, "stami-samtykke-must", { virksomhet: "T", samtykkelink: "https://x.example", kontonummer: "1" }),
      "consentRights[0].metadata.kontonummer",
    ],
    [
      "an uppercase metadata key",
      consentRequest({}, "stami-samtykke-must", { Virksomhet: "T", samtykkelink: "https://x.example" }),
      "consentRights[0].metadata.Virksomhet",
    ],
    ["a resource that is not a consent resource", consentRequest({}, "stami-plain"), "consentRights[0].resource"],
    ["a resource that does not exist", consentRequest({}, "no-such-resource"), "consentRights[0].resource"],
    ["validTo in the past", consentRequest({ validTo: new Date(Date.now() - 60_000).toISOString() }), "validTo"],
    ["a relative redirectUrl", consentRequest({ redirectUrl: "/done" }), "redirectUrl"],
    ["an id that is not a UUID", consentRequest({ id: "request-1" }), "id"],
    ["a from with a bad national identity number", consentRequest({ from: "urn:altinn:person:identifier-no:01039012345" }), "from"],
  ])("refuses %s (400)", async (_case, body, field) => {
    await expectProblem(await post(body), 400, field);
  });

  it("refuses rights that mix consent templates", async () => {
    const base = consentRequest();
    const [right] = base.consentRights;
    const mixed = { ...base, consentRights: [right, { ...right, resource: [{ type: "urn:altinn:resource", value: "stami-poa" }] }] };
    await expectProblem(await post(mixed), 400, "consentRights");
  });

  it("refuses requests on behalf of another organisation (403)", async () => {
    await expectProblem(await post(consentRequest({ to: orgUrn("310149942") })), 403);
  });

  it("refuses a consumer the resource's access list leaves out (403), and lets a member in", async () => {
    await expectProblem(await post(consentRequest({}, "stami-listed")), 403);
    const member = await altinnToken(emulator.url, { orgNumber: "310149942", scopes: ["altinn:consentrequests.write"] });
    const allowed = await post(consentRequest({ to: orgUrn("310149942") }, "stami-listed"), member);
    expect(allowed.status).toBe(201);
    // The request belongs to its consumer: another organisation cannot read it.
    const { id } = (await allowed.json()) as { id: string };
    await expectProblem(await fetch(`${api}/${id}`, { headers: altinnHeaders(bank) }), 403);
  });

  it("needs the consent request scopes", async () => {
    const other = await altinnToken(emulator.url, { orgNumber: BANK, scopes: ["altinn:resourceregistry/accesslist.read"] });
    expect((await post(consentRequest(), other)).status).toBe(403);
    expect((await fetch(api, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" })).status).toBe(401);
  });
});
