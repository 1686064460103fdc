import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect } from "vitest";
import { findTestPerson } from "../idporten/test-persons";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { altinnHeaders, altinnToken, grantDigdirScopes } from "./altinn-token";
import { BrowserSession, formWithButton, locationOf } from "./browser-session";
import { STAMI_ORG_NUMBER, stamiConsentResource } from "./consent-resource";
import { orgUrn } from "./org-numbers";
import { realConsentPolicy } from "./real-consent-policy";

/** The bank that asks for consent, and the test persons it asks. */
export const BANK = "313876144";
export const OTHER_BANK = "310149942";
export const KARI = "21818297804";
export const OLA = "25922947409";
export const PERSON = `urn:altinn:person:identifier-no:${KARI}`;
const REDIRECT = "https://bank.example/consent/done?flow=1";
export const CONSENT_SCOPES = ["altinn:consentrequests.write", "altinn:consentrequests.read"];

/** A consent request from the bank to Kari for one consent resource (no emulator needed to build it). */
export function consentRequest(
  overrides: Record<string, unknown> = {},
  resource = "stami-samtykke-must",
  metadata: unknown = undefined,
) {
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
 * Starts the emulator in-process (events feed without safety lag) with Stami's consent resources, each published with
 * a real Altinn policy: `stami-samtykke-must` (organisations may request), `stami-poa` (another template),
 * `stami-plain` (not a consent resource), `stami-listed` (only members of the access list stami:other-banks, which
 * has 310149942) and `stami-unpublished` (no policy). Grants the bank and 310149942 the consent request scopes and
 * fetches the bank's token. Close it with `emulator.close()`.
 */
export async function startConsentEmulator(env: Record<string, string> = {}) {
  const emulator: RunningEmulator = await startEmulator({
    port: 0,
    env: { EMULATOR_CONSENT_EVENTS_LAG_MS: "0", ...env },
  });
  // The stores belong to the process, not to one emulator: start from the built-in data.
  expect((await fetch(`${emulator.url}/_emulator/reset`, { method: "POST" })).ok).toBe(true);
  const api = `${emulator.url}/test/platform/accessmanagement/api/v1/enterprise/consentrequests`;
  const owner = await altinnToken(emulator.url, {
    orgNumber: STAMI_ORG_NUMBER,
    scopes: ["altinn:resourceregistry/resource.write", "altinn:resourceregistry/accesslist.write"],
  });
  const registry = `${emulator.url}/test/platform/resourceregistry/api/v1`;
  const send = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${registry}${path}`, {
      method,
      headers: altinnHeaders(owner),
      body: JSON.stringify(body),
    });
    expect(response.ok, `${method} ${path}: ${response.status} ${await response.text()}`).toBe(true);
  };
  const publish = async (resourceId: string, xml: string) => {
    const form = new FormData();
    form.set("policyFile", new Blob([xml], { type: "application/xml" }), "policy.xml");
    const response = await fetch(`${registry}/resource/${resourceId}/policy`, {
      method: "POST",
      headers: { authorization: `Bearer ${owner}` },
      body: form,
    });
    expect(response.ok, `policy of ${resourceId}: ${response.status} ${await response.text()}`).toBe(true);
  };
  const resources: [Record<string, unknown>, string | undefined][] = [
    [{}, realConsentPolicy("open", "stami-samtykke-must")],
    [{ identifier: "stami-poa", consentTemplate: "poa" }, realConsentPolicy("open", "stami-poa")],
    [{ identifier: "stami-plain", resourceType: "GenericAccessResource" }, realConsentPolicy("open", "stami-plain")],
    [{ identifier: "stami-listed" }, realConsentPolicy("access-list", "stami-listed", "stami:other-banks")],
    [{ identifier: "stami-unpublished" }, undefined],
  ];
  for (const [overrides, policy] of resources) {
    const resource = stamiConsentResource(overrides);
    await send("POST", "/resource", resource);
    if (policy) await publish(String(resource.identifier), policy);
  }
  await send("PUT", "/access-lists/stami/other-banks", { name: "Other banks" });
  await send("POST", "/access-lists/stami/other-banks/members", { data: [orgUrn(OTHER_BANK)] });
  await send("PUT", "/access-lists/stami/other-banks/resource-connections/stami-listed", {
    actionFilters: ["requestconsent"],
  });
  await grantDigdirScopes(emulator.url, BANK, CONSENT_SCOPES);
  await grantDigdirScopes(emulator.url, OTHER_BANK, CONSENT_SCOPES);
  const bank = await altinnToken(emulator.url, { orgNumber: BANK, scopes: CONSENT_SCOPES });

  function post(body: unknown, token = bank) {
    return fetch(api, { method: "POST", headers: altinnHeaders(token), body: JSON.stringify(body) });
  }

  function pageOf(id: string): string {
    return `${emulator.url}/test/consent/requests/${id}`;
  }

  /** Creates a consent request from the bank and returns it with its approval page. */
  async function created(overrides: Record<string, unknown> = {}) {
    const request = consentRequest(overrides);
    const response = await post(request);
    expect(response.status, await response.clone().text()).toBe(201);
    return { request, page: pageOf(request.id) };
  }

  async function statusOf(id: string): Promise<string> {
    return ((await (await fetch(`${api}/${id}`, { headers: altinnHeaders(bank) })).json()) as { status: string })
      .status;
  }

  return { emulator, api, bank, post, created, statusOf, pageOf };
}

/**
 * startConsentEmulator for a test file: started before its first test and closed after its last. Read the fields
 * inside tests (they are there once the file's tests run).
 */
export function consentEmulatorPerFile(env: Record<string, string> = {}): ConsentEmulator {
  let started: ConsentEmulator | undefined;
  beforeAll(async () => {
    started = await startConsentEmulator(env);
  });
  afterAll(() => started?.emulator.close());
  // Every field is read from the started emulator when a test reads it.
  return new Proxy({} as ConsentEmulator, {
    get(_, key) {
      if (!started) throw new Error("the consent emulator starts in beforeAll");
      return started[key as keyof ConsentEmulator];
    },
  });
}
