import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { formWithButton } from "../test-support/browser-session";
import { AnsattportenTestClient, portalResources, type Step } from "./ansattporten-test-client";

const KARI = "21818297804";
const OLA = "25922947409";
const JONAS = "07088521751";
const NORA = "15859023441";
const ALL = portalResources("consent-portal-admin", "consent-portal-write", "consent-portal-read");

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, env: {} });
});
afterAll(() => emulator?.close());
beforeEach(async () => {
  await fetch(`${emulator.url}/_emulator/reset`, { method: "POST" });
});

const client = () => new AnsattportenTestClient(emulator.ansattportenIssuer, emulator.url);

async function logInAs(rp: AnsattportenTestClient, page: Step, pid: string): Promise<Step> {
  const name = /Log in as ([^<]+) \((\d{11})\)<\/button>/g;
  const person = [...page.html.matchAll(name)].find((match) => match[2] === pid);
  if (!person) throw new Error(`no button for ${pid}`);
  const form = formWithButton(page.html, page.url, `Log in as ${person[1]} (${pid})`);
  return rp.post(form.action, form.fields, page.url);
}

/** The picker's choices as [label, value] and its input type. */
function pickerChoices(page: Step): { type: string; labels: string[] } {
  const inputs = [...page.html.matchAll(/<input type="(radio|checkbox)" id="([^"]+)" name="org"/g)];
  const labels = [...page.html.matchAll(/<label for="org-\d+"[^>]*>([^<]+)<\/label>/g)].map((match) => match[1] ?? "");
  return { type: inputs[0]?.[1] ?? "none", labels };
}

function pick(rp: AnsattportenTestClient, page: Step, orgs: string[], choice = "organisations"): Promise<Step> {
  const action = /<form method="post" action="([^"]+\/represent)">/.exec(page.html)?.[1] ?? "";
  const fields = new URLSearchParams({ choice });
  for (const org of orgs) fields.append("org", org);
  return rp.post(action, fields, page.url);
}

const callbackError = (step: Step) => new URL(step.url).searchParams.get("error");

describe("Ansattporten emulator", () => {
  it("publishes its own issuer beside ID-porten", async () => {
    const meta = await client().discovery();
    expect(meta.issuer).toBe(`${emulator.url}/ansattporten`);
    expect(meta.authorization_endpoint).toBe(`${emulator.url}/ansattporten/auth`);
    const orgs = (await (await fetch(`${emulator.url}/orgs/altinn-orgs.json`)).json()) as {
      orgs: Record<string, { orgnr: string; name: { nb: string } }>;
    };
    expect(orgs.orgs.skd).toMatchObject({ orgnr: "974761076", name: { nb: "Skatteetaten" } });
    expect(orgs.orgs.digdir?.orgnr).toBe("991825827");
  });

  it.each([
    ["not JSON", "[{"],
    ["not an array", JSON.stringify({ type: "ansattporten:altinn:resource", resource: "urn:altinn:resource:x" })],
    ["an unknown type", JSON.stringify([{ type: "ansattporten:altinn:service", resource: "urn:altinn:resource:1:1" }])],
    ["a resource that is no urn", JSON.stringify([{ type: "ansattporten:altinn:resource", resource: "consent" }])],
    [
      "organizationform that differs",
      JSON.stringify(ALL.map((d, i) => ({ ...d, organizationform: i ? "enterprise" : "business" }))),
    ],
    ["a flag that is no boolean", JSON.stringify([{ ...ALL[0], representation_is_required: "yes" }])],
  ])("refuses authorization_details with %s (invalid_authorization_details)", async (_case, value) => {
    const step = await client().start(value);
    expect(step.url.startsWith("http://localhost:3000/api/auth/callback/ansattporten")).toBe(true);
    expect(callbackError(step)).toBe("invalid_authorization_details");
  });

  it("lists exactly the organisations with a requested right, one choice, and puts the chosen one in the tokens", async () => {
    const rp = client();
    const picker = await logInAs(rp, await rp.start(ALL), OLA);
    expect(picker.html).toContain("<title>Choose whom to represent - Ansattporten (emulator)</title>");
    expect(pickerChoices(picker)).toEqual({
      type: "radio",
      labels: ["Testbanken AS (313876144)", "Skatteetaten (974761076)"],
    });
    expect(picker.html).toContain(">Continue</button>");
    expect(picker.html).toContain("Proceed as yourself, without an organisation");

    const twice = await pick(rp, picker, ["313876144", "974761076"]);
    expect(twice.status).toBe(400);
    expect(twice.html).toMatch(/role="alert">Choose only one organisation/);

    const done = await pick(rp, twice, ["974761076"]);
    const { idToken, userinfo } = await rp.finish(done.url);
    const expected = [
      {
        type: "ansattporten:altinn:resource",
        resource: "urn:altinn:resource:consent-portal-write",
        resource_name: expect.any(String),
        authorized_parties: [
          {
            orgno: { authority: "iso6523-actorid-upis", ID: "0192:974761076" },
            resource: "consent-portal-write",
            name: "SKATTEETATEN",
            unit_type: "ORGL",
          },
        ],
      },
    ];
    expect(idToken).toMatchObject({ pid: OLA, authorization_details: expected });
    expect(idToken.authorization_details).toHaveLength(1);
    expect(userinfo.authorization_details).toEqual(idToken.authorization_details);
  });

  it("lets several organisations be chosen with allow_multiple_organizations", async () => {
    const rp = client();
    const details = ALL.map((detail, index) => (index ? detail : { ...detail, allow_multiple_organizations: true }));
    const picker = await logInAs(rp, await rp.start(details), OLA);
    expect(pickerChoices(picker).type).toBe("checkbox");
    const { idToken } = await rp.finish((await pick(rp, picker, ["313876144", "974761076"])).url);
    const claim = idToken.authorization_details as { resource: string; authorized_parties: { ID?: string }[] }[];
    expect(claim.map((entry) => entry.resource)).toEqual([
      "urn:altinn:resource:consent-portal-admin",
      "urn:altinn:resource:consent-portal-write",
    ]);
    expect(JSON.stringify(claim[0])).toContain("0192:313876144");
    expect(JSON.stringify(claim[1])).toContain("0192:974761076");
  });

  it("sends someone with no rights back as themselves, or shows an error when representation is required", async () => {
    const rp = client();
    const { idToken } = await rp.finish((await logInAs(rp, await rp.start(ALL), JONAS)).url);
    expect(idToken.authorization_details).toEqual([{ type: "ansattporten:altinn:resource" }]);

    const required = client();
    const details = [{ ...ALL[0], representation_is_required: true }];
    const page = await logInAs(required, await required.start(details), JONAS);
    expect(page.status).toBe(403);
    expect(page.html).toContain("urn:altinn:resource:consent-portal-admin");
    const back = await required.post(formWithButton(page.html, page.url, "Return to the service").action, {}, page.url);
    expect(callbackError(back)).toBe("access_denied");
  });

  it("continuing as oneself gives the bare type; without authorization_details there is no claim", async () => {
    const rp = client();
    const picker = await logInAs(rp, await rp.start(ALL), KARI);
    const { idToken } = await rp.finish((await pick(rp, picker, [], "self")).url);
    expect(idToken.authorization_details).toEqual([{ type: "ansattporten:altinn:resource" }]);

    const plain = client();
    const { idToken: person } = await plain.finish((await logInAs(plain, await plain.start(), KARI)).url);
    expect(person.pid).toBe(KARI);
    expect(person).not.toHaveProperty("authorization_details");
  });

  it("shows the picker again on the next login of a live session (switching organisation)", async () => {
    const rp = client();
    await rp.finish((await pick(rp, await logInAs(rp, await rp.start(ALL), OLA), ["313876144"])).url);
    const again = await rp.start(ALL);
    expect(pickerChoices(again).labels).toHaveLength(2);
    const { idToken } = await rp.finish((await pick(rp, again, ["974761076"])).url);
    expect(JSON.stringify(idToken.authorization_details)).toContain("0192:974761076");
    expect(JSON.stringify(idToken.authorization_details)).not.toContain("313876144");
  });

  it("changes rights through the control endpoints, and reset restores the seed", async () => {
    const rights = (path: string, init?: RequestInit) => fetch(`${emulator.url}/_emulator/altinn-rights${path}`, init);
    expect(await (await rights(`/${NORA}`)).json()).toEqual([
      { pid: NORA, orgNumber: "310149942", resources: ["consent-portal-admin"] },
    ]);
    const put = await rights(`/${JONAS}/313876144`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ resources: ["urn:altinn:resource:consent-portal-read"] }),
    });
    expect(await put.json()).toEqual([{ pid: JONAS, orgNumber: "313876144", resources: ["consent-portal-read"] }]);
    const rp = client();
    expect(pickerChoices(await logInAs(rp, await rp.start(ALL), JONAS)).labels).toEqual(["Testbanken AS (313876144)"]);

    expect(await (await rights(`/${NORA}/310149942`, { method: "DELETE" })).json()).toEqual([]);
    const nora = client();
    const { idToken } = await nora.finish((await logInAs(nora, await nora.start(ALL), NORA)).url);
    expect(idToken.authorization_details).toEqual([{ type: "ansattporten:altinn:resource" }]);

    expect((await rights("/123", { method: "GET" })).status).toBe(404);
    expect((await rights(`/${JONAS}/313876144`, { method: "PUT", body: "{}" })).status).toBe(415);
    const bad = await rights(`/${JONAS}/313876144`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ resources: [1] }),
    });
    expect(bad.status).toBe(400);

    await fetch(`${emulator.url}/_emulator/reset`, { method: "POST" });
    const all = (await (await rights("")).json()) as { pid: string }[];
    expect(all.map((entry) => entry.pid)).not.toContain(JONAS);
    expect(all.map((entry) => entry.pid)).toContain(NORA);
  });
});
