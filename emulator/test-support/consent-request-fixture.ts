import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { findTestPerson } from "../idporten/test-persons";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { altinnHeaders, altinnToken, grantDigdirScopes } from "./altinn-token";
import { BrowserSession, formWithButton, locationOf } from "./browser-session";
import { STAMI_ORG_NUMBER, stamiConsentResource } from "./consent-resource";
import { orgUrn } from "./org-numbers";

/** The bank that asks for consent, and the test persons it asks. */
export const BANK = "313876144";
export const KARI = "21818297804";
export const OLA = "25922947409";
export const PERSON = `urn:altinn:person:identifier-no:${KARI}`;
const REDIRECT = "https://bank.example/consent/done?flow=1";

/** A consent request from the bank to Kari for one consent resource (no emulator needed to build it). */
export function consentRequest(overrides: Record<string, unknown> = {}, resource = "stami-samtykke-must", metadata: unknown = undefined) {
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

/** Loads the page in the browser and clicks the button with this text (without following the redirect). */
export async function click(browser: BrowserSession, page: string, buttonText: string): Promise<Response> {
  const form = formWithButton(await (await browser.request(page)).text(), page, buttonText);
  return browser.postForm(form.action, form.fields);
}

/** Logs in on the approval page with a test person's button, and checks it lands back on the page. */
export async function logIn(browser: BrowserSession, page: string, pid: string): Promise<void> {
  const loggedIn = await click(browser, page, `Log in as ${findTestPerson(pid)?.name} (${pid})`);
  expect(loggedIn.status).toBe(303);
  expect(locationOf(loggedIn, page)).toBe(page);
}

export type ConsentEmulator = Awaited<ReturnType<typeof startConsentEmulator>>;

/**
 * Starts the emulator in-process with the Stami consent resources (a plain one, one with another
 * template, one that is not a consent resource, one behind an access list with 310149942 on it),
 * grants the bank and 310149942 the consent request scopes, and fetches the bank's token.
 * Close it with `emulator.close()`.
 */
export async function startConsentEmulator() {
  const emulator: RunningEmulator = await startEmulator({ port: 0, env: {} });
  const api = `${emulator.url}/test/platform/accessmanagement/api/v1/enterprise/consentrequests`;
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
  const bank = await altinnToken(emulator.url, { orgNumber: BANK, scopes: ["altinn:consentrequests.write", "altinn:consentrequests.read"] });

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

  return { emulator, api, bank, post, created, statusOf };
}
