import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ProblemError } from "../problem";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { altinnHeaders, altinnToken, grantDigdirScopes } from "../test-support/altinn-token";
import { findTestPerson } from "../idporten/test-persons";
import { BrowserSession, formWithButton, locationOf } from "../test-support/browser-session";
import { STAMI_ORG_NUMBER, stamiConsentResource } from "../test-support/consent-resource";
import { orgUrn } from "../test-support/org-numbers";
import { APPROVAL_COOKIE } from "./approval-session";
import { findConsentForToken } from "./consent-store";

const BANK = "313876144";
const KARI = "21818297804";
const OLA = "25922947409";
const PERSON = `urn:altinn:person:identifier-no:${KARI}`;
const REDIRECT = "https://bank.example/consent/done?flow=1";
let emulator: RunningEmulator;
let bank: string;
let api: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, env: {} });
  api = `${emulator.url}/test/platform/accessmanagement/api/v1/enterprise/consentrequests`;
  const owner = await altinnToken(emulator.url, {
    orgNumber: STAMI_ORG_NUMBER,
    scopes: ["altinn:resourceregistry/resource.write", "altinn:resourceregistry/accesslist.write"],
  });
  const registry = `${emulator.url}/test/platform/resourceregistry/api/v1`;
  const send = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${registry}${path}`, { method, headers: altinnHeaders(owner), body: JSON.stringify(body) });
    expect(response.ok).toBe(true);
  };
  await send("POST", "/resource", stamiConsentResource());
  await send("POST", "/resource", stamiConsentResource({ identifier: "stami-poa", consentTemplate: "poa" }));
  await send("POST", "/resource", stamiConsentResource({ identifier: "stami-plain", resourceType: "Default" }));
  await send("POST", "/resource", stamiConsentResource({ identifier: "stami-listed", accessListMode: "Enabled" }));
  await send("PUT", "/access-lists/stami/other-banks", { name: "Other banks" });
  await send("POST", "/access-lists/stami/other-banks/members", { data: [orgUrn("310149942")] });
  await send("PUT", "/access-lists/stami/other-banks/resource-connections/stami-listed", { actionFilters: ["requestconsent"] });
  const consentScopes = ["altinn:consentrequests.write", "altinn:consentrequests.read"];
  await grantDigdirScopes(emulator.url, BANK, consentScopes);
  await grantDigdirScopes(emulator.url, "310149942", consentScopes);
  bank = await altinnToken(emulator.url, { orgNumber: BANK, scopes: ["altinn:consentrequests.write", "altinn:consentrequests.read"] });
});
afterAll(() => emulator?.close());

function consentRequest(overrides: Record<string, unknown> = {}, resource = "stami-samtykke-must", metadata: unknown = undefined) {
  return {
    id: randomUUID(),
    from: PERSON,
    to: orgUrn(BANK),
    validTo: new Date(Date.now() + 86_400_000).toISOString(),
    consentRights: [
      {
        action: ["consent"],
        resource: [{ type: "urn:altinn:resource", value: resource }],
        metadata: metadata ?? { virksomhet: "Testbanken AS", samtykkelink: "https://bank.example/info" },
      },
    ],
    requestMessage: { nb: "Vi ber om samtykke til å hente opplysninger." },
    redirectUrl: REDIRECT,
    ...overrides,
  };
}

function post(body: unknown, token = bank) {
  return fetch(api, { method: "POST", headers: altinnHeaders(token), body: JSON.stringify(body) });
}

function pageOf(id: string): string {
  return `${emulator.url}/test/consent/requests/${id}`;
}

/** Creates a consent request from the bank and returns it with its approval page. */
async function created(overrides: Record<string, unknown> = {}) {
  const request = consentRequest(overrides);
  expect((await post(request)).status).toBe(201);
  return { request, page: pageOf(request.id) };
}

async function statusOf(id: string): Promise<string> {
  return ((await (await fetch(`${api}/${id}`, { headers: altinnHeaders(bank) })).json()) as { status: string }).status;
}

/** Loads the page in the browser and clicks the button with this text (without following the redirect). */
async function click(browser: BrowserSession, page: string, buttonText: string): Promise<Response> {
  const form = formWithButton(await (await browser.request(page)).text(), page, buttonText);
  return browser.postForm(form.action, form.fields);
}

/** Logs in on the approval page with a test person's button, and checks it lands back on the page. */
async function logIn(browser: BrowserSession, page: string, pid: string): Promise<void> {
  const loggedIn = await click(browser, page, `Log in as ${findTestPerson(pid)?.name} (${pid})`);
  expect(loggedIn.status).toBe(303);
  expect(locationOf(loggedIn, page)).toBe(page);
}

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

describe("consent approval page login", () => {
  it("shows a test login, not the request, to a browser that has not logged in", async () => {
    const { page } = await created();
    const response = await fetch(page);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'none'");
    const html = await response.text();
    expect(html).toContain("<h1>Log in to answer the consent request</h1>");
    expect(html).toContain('<label for="pid">National identity number</label>');
    expect(html).toMatch(/id="pid-hint">[^<]*synthetic/);
    expect(html).toContain('<input id="pid" name="pid"');
    expect(html).toContain('<input type="hidden" name="step" value="login">');
    expect(html).toContain('<button type="submit" name="pid" value="21818297804">Log in as Kari Nordmann (21818297804)</button>');
    expect(html).not.toContain("Samtykkeerklæring");
    expect(html).not.toContain(">Approve<");
  });

  it.each([
    ["12345678901", "invalid check digits"],
    ["1234", "exactly 11 digits"],
    ['"><b>1', "exactly 11 digits"],
  ])("refuses the number %s (400), explains it beside the field and keeps it", async (typed, message) => {
    const { request, page } = await created();
    const response = await fetch(page, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ step: "login", pid: typed }),
      redirect: "manual",
    });
    expect(response.status).toBe(400);
    expect(response.headers.getSetCookie()).toEqual([]);
    const html = await response.text();
    expect(html).toContain('<div class="notice" role="alert">');
    expect(html).toMatch(new RegExp(`<p class="error" id="pid-error">[^<]*${message}`));
    expect(html).toContain(`value="${typed.replace(/"/g, "&quot;").replace(/>/g, "&gt;").replace(/</g, "&lt;")}"`);
    expect(html).toContain('aria-describedby="pid-hint pid-error" aria-invalid="true"');
    expect(html).not.toContain("<b>");
    expect(await statusOf(request.id)).toBe("created");
  });

  it("logs in with a signed, HttpOnly, SameSite=Lax cookie", async () => {
    const { page } = await created();
    const response = await fetch(page, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ step: "login", pid: "218182 97804" }),
      redirect: "manual",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(page);
    const [cookie = ""] = response.headers.getSetCookie();
    expect(cookie).toMatch(new RegExp(`^${APPROVAL_COOKIE}=${KARI}\\.[\\w-]{43}; Path=/; HttpOnly; SameSite=Lax$`));
  });

  it("lets another person see neither the request nor the buttons, and refuses their decision (403)", async () => {
    const { request, page } = await created();
    const browser = new BrowserSession();
    await logIn(browser, page, OLA);

    const shown = await browser.request(page);
    expect(shown.status).toBe(403);
    const html = await shown.text();
    expect(html).toContain("This consent request is addressed to another person (21818297804).");
    expect(html).toContain("Logged in as Ola Nordmann (25922947409)");
    expect(html).toContain(">Log out</button>");
    expect(html).not.toContain(">Approve<");
    expect(html).not.toContain("Samtykkeerklæring");

    const refused = await browser.postForm(page, { decision: "approve" });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toContain("text/html");
    expect(await refused.text()).toContain("addressed to another person (21818297804)");
    expect(await statusOf(request.id)).toBe("created");

    // Logging out clears the cookie: the login form is back, and a decision now needs a login (401).
    const loggedOut = await click(browser, page, "Log out");
    expect(loggedOut.status).toBe(303);
    expect(locationOf(loggedOut, page)).toBe(page);
    expect(loggedOut.headers.getSetCookie()[0]).toMatch(new RegExp(`^${APPROVAL_COOKIE}=;.*Max-Age=0`));
    expect(await (await browser.request(page)).text()).toContain("Log in to answer the consent request");
    expect((await browser.postForm(page, { decision: "approve" })).status).toBe(401);
    expect(await statusOf(request.id)).toBe("created");

    // The right person may then answer.
    await logIn(browser, page, KARI);
    const approved = await click(browser, page, "Approve");
    expect(approved.status).toBe(303);
    expect(Object.fromEntries(new URL(locationOf(approved, page)).searchParams)).toMatchObject({ id: request.id, status: "accepted" });
    expect(await statusOf(request.id)).toBe("accepted");
  });

  it("ignores a cookie that was edited or made up", async () => {
    const { request, page } = await created();
    const login = await fetch(page, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ step: "login", pid: OLA }),
      redirect: "manual",
    });
    const olaValue = /=([^;]*)/.exec(login.headers.getSetCookie()[0] ?? "")?.[1] ?? "";
    const olaSignature = olaValue.split(".")[1] ?? "";
    expect(olaSignature).toHaveLength(43);
    for (const forged of [`${KARI}.${olaSignature}`, KARI, `${KARI}.${"A".repeat(43)}`]) {
      const headers = { cookie: `${APPROVAL_COOKIE}=${forged}` };
      const shown = await fetch(page, { headers });
      expect(shown.status).toBe(200);
      expect(await shown.text()).toContain("Log in to answer the consent request");
      const decided = await fetch(page, {
        method: "POST",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
        body: "decision=approve",
        redirect: "manual",
      });
      expect(decided.status).toBe(401);
    }
    expect(await statusOf(request.id)).toBe("created");
  });

  it("lets any logged-in person answer a request to an organisation", async () => {
    const { request, page } = await created({ from: orgUrn("310149942") });
    const browser = new BrowserSession();
    const login = await browser.postForm(page, { step: "login", pid: "12839120247" });
    expect(login.status).toBe(303);
    const html = await (await browser.request(page)).text();
    expect(html).toContain("Logged in as Siri Berg (12839120247)");
    expect(html).toMatch(/on behalf of <strong>[^<]*\(310149942\)<\/strong>/);
    const rejected = await click(browser, page, "Reject");
    expect(rejected.status).toBe(303);
    expect(new URL(locationOf(rejected, page)).searchParams.get("status")).toBe("rejected");
    expect(await statusOf(request.id)).toBe("rejected");
  });
});
