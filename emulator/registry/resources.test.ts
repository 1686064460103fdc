import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { altinnHeaders, altinnToken } from "../test-support/altinn-token";
import { consentPolicyXml, STAMI_ORG_NUMBER, stamiConsentResource } from "../test-support/consent-resource";

const WRITE = "altinn:resourceregistry/resource.write";
let emulator: RunningEmulator;
let stami: string;
let skd: string;
let base: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, env: {} });
  base = `${emulator.url}/test/platform/resourceregistry/api/v1`;
  stami = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: [WRITE] });
  skd = await altinnToken(emulator.url, { orgNumber: "974761076", scopes: [WRITE] });
});
afterAll(() => emulator?.close());

function post(token: string, resource: Record<string, unknown>) {
  return fetch(`${base}/resource`, { method: "POST", headers: altinnHeaders(token), body: JSON.stringify(resource) });
}

async function problem(response: Response) {
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return (await response.json()) as { status: number; code?: string; errors?: Record<string, string[]> };
}

async function registryState(): Promise<Record<string, Record<string, { version: number; policy: { rules: unknown[] } | null }>>> {
  const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as Record<string, unknown>;
  return state["resourceRegistry.resources"] as never;
}

describe("resources", () => {
  it("creates the real example consent resource and serves it publicly", async () => {
    const response = await post(stami, stamiConsentResource());
    expect(response.status).toBe(201);
    expect(response.headers.get("location")).toBe(`${base}/resource/stami-samtykke-must`);

    const fetched = await fetch(`${base}/resource/stami-samtykke-must`);
    expect(fetched.status).toBe(200);
    expect(await fetched.json()).toEqual(stamiConsentResource());
    const list = (await (await fetch(`${base}/resource/resourcelist`)).json()) as { identifier: string }[];
    expect(list.map((resource) => resource.identifier)).toContain("stami-samtykke-must");
    const search = (await (await fetch(`${base}/resource/Search?SearchTerm=medarbeider`)).json()) as unknown[];
    expect(search).toHaveLength(1);
    // Environments are separate.
    expect((await fetch(`${emulator.url}/prod/platform/resourceregistry/api/v1/resource/stami-samtykke-must`)).status).toBe(404);
  });

  it("refuses to create the same identifier twice (409)", async () => {
    await post(stami, stamiConsentResource({ identifier: "stami-twice" }));
    const again = await post(stami, stamiConsentResource({ identifier: "stami-twice" }));
    expect(again.status).toBe(409);
    expect((await problem(again)).code).toMatch(/^RR-/);
  });

  it.each([
    ["a too short identifier", { identifier: "ab" }, "identifier"],
    ["an identifier with capitals", { identifier: "Stami-Must" }, "identifier"],
    ["the reserved app_ prefix", { identifier: "app_stami_must" }, "identifier"],
    ["the reserved se_ prefix", { identifier: "se_1234" }, "identifier"],
    ["a title without nn", { title: { nb: "Tittel", en: "Title" } }, "title.nn"],
    ["a description without en", { description: { nb: "B", nn: "B" } }, "description.en"],
    ["a delegable resource without rightDescription", { rightDescription: undefined }, "rightDescription.nb"],
    ["an unknown resourceType", { resourceType: "Samtykke" }, "resourceType"],
    ["an unknown status", { status: "Draft" }, "status"],
    ["an unknown accessListMode", { accessListMode: "On" }, "accessListMode"],
    [
      "a scope reference with another owner's prefix",
      { resourceReferences: [{ referenceSource: "Default", reference: "skd:inntekt.read", referenceType: "MaskinportenScope" }] },
      "resourceReferences[0].reference",
    ],
  ])("answers 400 naming the field for %s", async (_case, override, field) => {
    const response = await post(stami, stamiConsentResource({ identifier: "stami-invalid", ...override }));
    expect(response.status).toBe(400);
    const body = await problem(response);
    expect(body.code).toBe("RR-00010");
    expect(Object.keys(body.errors ?? {})).toContain(field);
  });

  it("accepts the owner's own scope prefix, a non-delegable resource without rightDescription, and any consent fields", async () => {
    const response = await post(
      stami,
      stamiConsentResource({
        identifier: "stami-own-scope",
        delegable: false,
        rightDescription: undefined,
        resourceReferences: [{ referenceSource: "Default", reference: "stami:must.read", referenceType: "MaskinportenScope" }],
        // The registry stores consent fields unchecked (the portal must check them).
        consentMetadata: { Virksomhet: { optional: false } },
      }),
    );
    expect(response.status).toBe(201);
  });

  it("refuses another organisation's resource (403) for create, update, delete and policy", async () => {
    const create = await post(skd, stamiConsentResource({ identifier: "skd-pretends-stami" }));
    expect(create.status).toBe(403);
    expect((await problem(create)).code).toMatch(/^RR-/);

    await post(stami, stamiConsentResource({ identifier: "stami-owned" }));
    const update = await fetch(`${base}/resource/stami-owned`, {
      method: "PUT",
      headers: altinnHeaders(skd),
      body: JSON.stringify(stamiConsentResource({ identifier: "stami-owned" })),
    });
    expect(update.status).toBe(403);
    expect((await fetch(`${base}/resource/stami-owned`, { method: "DELETE", headers: altinnHeaders(skd) })).status).toBe(403);
    const form = new FormData();
    form.set("policyFile", new Blob([consentPolicyXml("stami-owned")], { type: "application/xml" }), "policy.xml");
    const policy = await fetch(`${base}/resource/stami-owned/policy`, { method: "POST", headers: { authorization: `Bearer ${skd}` }, body: form });
    expect(policy.status).toBe(403);
  });

  it("needs an Altinn token with the write scope", async () => {
    const anonymous = await fetch(`${base}/resource`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(anonymous.status).toBe(401);
    const reader = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: ["altinn:resourceregistry/accesslist.read"] });
    expect((await post(reader, stamiConsentResource({ identifier: "stami-no-scope" }))).status).toBe(403);
  });

  it("updates with PUT (version bumped), checks the identifier and deletes", async () => {
    await post(stami, stamiConsentResource({ identifier: "stami-update" }));
    const put = (id: string, body: Record<string, unknown>) =>
      fetch(`${base}/resource/${id}`, { method: "PUT", headers: altinnHeaders(stami), body: JSON.stringify(body) });

    expect((await put("stami-update", stamiConsentResource({ identifier: "stami-other" }))).status).toBe(400);
    expect((await put("stami-missing", stamiConsentResource({ identifier: "stami-missing" }))).status).toBe(404);
    const updated = await put("stami-update", stamiConsentResource({ identifier: "stami-update", status: "Completed" }));
    expect(updated.status).toBe(200);
    expect(((await (await fetch(`${base}/resource/stami-update`)).json()) as { status: string }).status).toBe("Completed");
    expect((await registryState()).test?.["stami-update"]?.version).toBe(2);

    expect((await fetch(`${base}/resource/stami-update`, { method: "DELETE", headers: altinnHeaders(stami) })).status).toBe(204);
    expect((await fetch(`${base}/resource/stami-update`)).status).toBe(404);
  });
});

describe("policies", () => {
  function upload(id: string, xml: string, method = "POST") {
    const form = new FormData();
    form.set("policyFile", new Blob([xml], { type: "application/xml" }), "policy.xml");
    return fetch(`${base}/resource/${id}/policy`, { method, headers: { authorization: `Bearer ${stami}` }, body: form });
  }

  it("stores an uploaded XACML policy and shows its rules in the state", async () => {
    await post(stami, stamiConsentResource({ identifier: "stami-policy" }));
    expect((await fetch(`${base}/resource/stami-policy/policy`)).status).toBe(404);

    const xml = consentPolicyXml("stami-policy", { id: "urn:altinn:access-list", value: "stami:must-banker" });
    expect((await upload("stami-policy", xml)).status).toBe(201);
    const fetched = await fetch(`${base}/resource/stami-policy/policy`);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get("content-type")).toContain("xml");
    expect(await fetched.text()).toBe(xml);

    const rules = (await registryState()).test?.["stami-policy"]?.policy?.rules;
    expect(rules).toEqual([
      expect.objectContaining({
        actions: ["requestconsent"],
        subjects: [{ id: "urn:altinn:access-list", value: "stami:must-banker" }],
      }),
      expect.objectContaining({ actions: ["consent"], subjects: [{ id: "urn:altinn:rolecode", value: "dagl" }] }),
    ]);
    expect((await upload("stami-policy", consentPolicyXml("stami-policy"), "PUT")).status).toBe(200);
  });

  it("refuses malformed policies, policies for another resource and non-multipart uploads", async () => {
    await post(stami, stamiConsentResource({ identifier: "stami-bad-policy" }));
    expect((await upload("stami-bad-policy", "<html><body>no</body></html>")).status).toBe(400);
    const truncated = consentPolicyXml("stami-bad-policy").replace("</xacml:Policy>", "");
    expect((await upload("stami-bad-policy", truncated)).status).toBe(400);
    expect((await upload("stami-bad-policy", consentPolicyXml("another-resource"))).status).toBe(400);
    const raw = await fetch(`${base}/resource/stami-bad-policy/policy`, {
      method: "POST",
      headers: { authorization: `Bearer ${stami}`, "content-type": "application/xml" },
      body: consentPolicyXml("stami-bad-policy"),
    });
    expect(raw.status).toBe(400);
    expect((await upload("no-such-resource", consentPolicyXml("no-such-resource"))).status).toBe(404);
  });
});
