import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { altinnHeaders, altinnToken } from "../test-support/altinn-token";
import { consentPolicyXml, STAMI_ORG_NUMBER, stamiConsentResource } from "../test-support/consent-resource";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { orgUrn } from "../test-support/org-numbers";
import { decideResourceAction } from "./decision-point";

// The real policies are read where they lie, beside the repository (never copied into it).
const REALDATA = path.resolve(import.meta.dirname, "../..", "../shared/realdata");
const realPolicy = (resourceId: string) => readFileSync(path.join(REALDATA, `policy.${resourceId}.xml`), "utf8");

const TTD = "405003309";
const SKD = "974761076";
const BANK = "313876144";
const OTHER_BANK = "310149942";
const LIST_RESOURCE = "samtykkeressurs-med-tilgangsliste";
const PARTYTYPE_RESOURCE = "ske-samtykke-sbl-summert-skattegrunnlag";
const SCOPES = ["altinn:resourceregistry/resource.write", "altinn:resourceregistry/accesslist.write"];

const emulator = emulatorPerFile();
let base: string;

function authority(organization: string, orgcode: string) {
  return { hasCompetentAuthority: { name: { nb: orgcode, nn: orgcode, en: orgcode }, organization, orgcode } };
}

async function publish(token: string, resource: Record<string, unknown>, policyXml: string): Promise<void> {
  const created = await fetch(`${base}/resource`, {
    method: "POST",
    headers: altinnHeaders(token),
    body: JSON.stringify(resource),
  });
  expect(created.status).toBe(201);
  const form = new FormData();
  form.set("policyFile", new Blob([policyXml], { type: "application/xml" }), "policy.xml");
  const policy = await fetch(`${base}/resource/${String(resource.identifier)}/policy`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(policy.status).toBe(201);
}

async function call(token: string, method: string, url: string, body?: unknown): Promise<Response> {
  return fetch(url, {
    method,
    headers: altinnHeaders(token),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const organisation = (orgNumber: string) => ({ partyType: "organization" as const, orgNumber });
const requestConsent = (resourceId: string, orgNumber: string) =>
  decideResourceAction("test", { resourceId, action: "requestconsent", subject: organisation(orgNumber) });

beforeEach(() => {
  base = `${emulator.url}/test/platform/resourceregistry/api/v1`;
});

describe("decision point with Altinn's real consent policies", () => {
  it("permits requestconsent to any organisation by partytype, with the authentication-level obligations", async () => {
    const skd = await altinnToken(emulator.url, { orgNumber: SKD, scopes: SCOPES });
    await publish(
      skd,
      stamiConsentResource({ identifier: PARTYTYPE_RESOURCE, ...authority(SKD, "skd") }),
      realPolicy(PARTYTYPE_RESOURCE),
    );

    const permit = requestConsent(PARTYTYPE_RESOURCE, BANK);
    expect(permit).toMatchObject({ decision: "Permit", ruleId: `urn:altinn:resource:${PARTYTYPE_RESOURCE}:ruleid:1` });
    expect(permit.obligations).toEqual([
      {
        id: "urn:altinn:obligation:authenticationLevel1",
        attributeAssignment: [
          {
            attributeId: "urn:altinn:obligation1-assignment1",
            category: "urn:altinn:minimum-authenticationlevel",
            dataType: "http://www.w3.org/2001/XMLSchema#integer",
            value: "3",
          },
        ],
      },
      {
        id: "urn:altinn:obligation:authenticationLevel2",
        attributeAssignment: [
          {
            attributeId: "urn:altinn:obligation2-assignment2",
            category: "urn:altinn:minimum-authenticationlevel-org",
            dataType: "http://www.w3.org/2001/XMLSchema#integer",
            value: "3",
          },
        ],
      },
    ]);
    // A person is not of party type organization; the action is matched ignoring case, the resource id is not.
    expect(
      decideResourceAction("test", {
        resourceId: PARTYTYPE_RESOURCE,
        action: "requestconsent",
        subject: { partyType: "person" },
      }).decision,
    ).toBe("NotApplicable");
    expect(
      decideResourceAction("test", {
        resourceId: PARTYTYPE_RESOURCE,
        action: "RequestConsent",
        subject: organisation(BANK),
      }).decision,
    ).toBe("Permit");
    expect(requestConsent(PARTYTYPE_RESOURCE, BANK).obligations).toHaveLength(2);
    expect(
      decideResourceAction("test", { resourceId: PARTYTYPE_RESOURCE, action: "read", subject: organisation(BANK) }),
    ).toMatchObject({
      decision: "NotApplicable",
      reason: expect.stringContaining("no rule for the action read"),
    });
  });

  it("lets approvers consent by role code (ignoring case) or access package, and nobody else", async () => {
    const skd = await altinnToken(emulator.url, { orgNumber: SKD, scopes: SCOPES });
    await publish(
      skd,
      stamiConsentResource({ identifier: PARTYTYPE_RESOURCE, ...authority(SKD, "skd") }),
      realPolicy(PARTYTYPE_RESOURCE),
    );
    const consent = (subject: Parameters<typeof decideResourceAction>[1]["subject"]) =>
      decideResourceAction("test", { resourceId: PARTYTYPE_RESOURCE, action: "consent", subject }).decision;

    expect(consent({ partyType: "person", roleCodes: ["PRIV"] })).toBe("Permit");
    expect(consent({ partyType: "person", roleCodes: ["siskd"] })).toBe("Permit");
    expect(consent({ partyType: "person", accessPackages: ["regnskapsforer-lonn"] })).toBe("Permit");
    expect(consent({ partyType: "person", roleCodes: ["dagl"] })).toBe("NotApplicable");
    expect(consent({ partyType: "organization", orgNumber: BANK })).toBe("NotApplicable");
  });

  it("permits requestconsent through the access-list subject only to members of that existing list", async () => {
    const ttd = await altinnToken(emulator.url, { orgNumber: TTD, scopes: SCOPES });
    await publish(
      ttd,
      stamiConsentResource({ identifier: LIST_RESOURCE, ...authority(TTD, "ttd") }),
      realPolicy(LIST_RESOURCE),
    );
    const lists = `${base}/access-lists/ttd`;

    // The list the policy names does not exist yet: nobody is on it.
    expect(requestConsent(LIST_RESOURCE, BANK)).toMatchObject({ decision: "NotApplicable" });

    expect((await call(ttd, "PUT", `${lists}/martins-restriktive-liste`, { name: "Martins liste" })).status).toBe(200);
    expect(
      (await call(ttd, "POST", `${lists}/martins-restriktive-liste/members`, { data: [orgUrn(BANK)] })).status,
    ).toBe(200);
    expect(
      (
        await call(ttd, "PUT", `${lists}/martins-restriktive-liste/resource-connections/${LIST_RESOURCE}`, {
          actionFilters: ["requestconsent"],
        })
      ).status,
    ).toBe(200);
    // Another list, connected to the resource too, is not the one the policy names.
    expect((await call(ttd, "PUT", `${lists}/annen-liste`, { name: "Annen liste" })).status).toBe(200);
    expect((await call(ttd, "POST", `${lists}/annen-liste/members`, { data: [orgUrn(OTHER_BANK)] })).status).toBe(200);
    expect(
      (await call(ttd, "PUT", `${lists}/annen-liste/resource-connections/${LIST_RESOURCE}`, { actionFilters: null }))
        .status,
    ).toBe(200);

    expect(requestConsent(LIST_RESOURCE, BANK)).toMatchObject({
      decision: "Permit",
      ruleId: `urn:altinn:resource:${LIST_RESOURCE}:ruleid:1`,
    });
    expect(requestConsent(LIST_RESOURCE, OTHER_BANK).decision).toBe("NotApplicable");
    expect(requestConsent(LIST_RESOURCE, "910753614").decision).toBe("NotApplicable");

    // Removing the member, or deleting the list, takes the permission away.
    expect(
      (await call(ttd, "DELETE", `${lists}/martins-restriktive-liste/members`, { data: [orgUrn(BANK)] })).status,
    ).toBe(200);
    expect(requestConsent(LIST_RESOURCE, BANK).decision).toBe("NotApplicable");
    expect(
      (await call(ttd, "POST", `${lists}/martins-restriktive-liste/members`, { data: [orgUrn(BANK)] })).status,
    ).toBe(200);
    expect((await call(ttd, "DELETE", `${lists}/martins-restriktive-liste`)).status).toBe(200);
    expect(requestConsent(LIST_RESOURCE, BANK).decision).toBe("NotApplicable");
  });

  it("follows Altinn's context handler: the list membership counts whether or not the list is connected", async () => {
    const ttd = await altinnToken(emulator.url, { orgNumber: TTD, scopes: SCOPES });
    await publish(
      ttd,
      stamiConsentResource({ identifier: LIST_RESOURCE, ...authority(TTD, "ttd") }),
      realPolicy(LIST_RESOURCE),
    );
    const list = `${base}/access-lists/ttd/martins-restriktive-liste`;
    await call(ttd, "PUT", list, { name: "Martins liste" });
    await call(ttd, "POST", `${list}/members`, { data: [orgUrn(BANK)] });
    // ContextHandler reads every list the party is a member of (get-by-member), not the resource's connections.
    expect(requestConsent(LIST_RESOURCE, BANK).decision).toBe("Permit");

    // With accessListMode Enabled, Altinn's access-list check needs a resource party a consent request lacks.
    const stored = await (await fetch(`${base}/resource/${LIST_RESOURCE}`)).json();
    const enabled = { ...(stored as Record<string, unknown>), accessListMode: "Enabled" };
    expect((await call(ttd, "PUT", `${base}/resource/${LIST_RESOURCE}`, enabled)).status).toBe(200);
    await call(ttd, "PUT", `${list}/resource-connections/${LIST_RESOURCE}`, { actionFilters: ["requestconsent"] });
    expect(requestConsent(LIST_RESOURCE, BANK)).toMatchObject({
      decision: "Indeterminate",
      reason: expect.stringContaining("accessListMode is Enabled"),
    });
  });

  it("matches a rule on urn:altinn:organization:identifier-no against the caller's own number only", async () => {
    const stami = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: SCOPES });
    // consentPolicyXml's requestconsent rule names organisation 313876144 (string-equal).
    await publish(
      stami,
      stamiConsentResource({ identifier: "stami-orgnr-policy" }),
      consentPolicyXml("stami-orgnr-policy"),
    );
    // DecisionHelper.CreateSubjectAttributes puts the consumer's number in the subject, so the named bank matches...
    expect(requestConsent("stami-orgnr-policy", BANK).decision).toBe("Permit");
    // ...and no other organisation, and no person.
    expect(requestConsent("stami-orgnr-policy", OTHER_BANK).decision).toBe("NotApplicable");
    expect(
      decideResourceAction("test", {
        resourceId: "stami-orgnr-policy",
        action: "requestconsent",
        subject: { partyType: "person" },
      }).decision,
    ).toBe("NotApplicable");
    // The consent rule of the same policy is for role code dagl.
    expect(
      decideResourceAction("test", {
        resourceId: "stami-orgnr-policy",
        action: "consent",
        subject: { partyType: "person", roleCodes: ["dagl"] },
      }).decision,
    ).toBe("Permit");
  });

  it("is Indeterminate without a policy or resource, and records every decision in the state", async () => {
    const stami = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: SCOPES });
    expect(
      (await call(stami, "POST", `${base}/resource`, stamiConsentResource({ identifier: "stami-no-policy" }))).status,
    ).toBe(201);
    expect(requestConsent("stami-no-policy", BANK)).toMatchObject({
      decision: "Indeterminate",
      reason: expect.stringContaining("No policy"),
    });
    expect(requestConsent("no-such-resource", BANK)).toMatchObject({
      decision: "Indeterminate",
      reason: expect.stringContaining("does not exist"),
    });

    const viaControl = await fetch(`${emulator.url}/_emulator/decisions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        env: "test",
        resourceId: "stami-no-policy",
        action: "requestconsent",
        subject: organisation(BANK),
      }),
    });
    expect(viaControl.status).toBe(200);
    expect(await viaControl.json()).toMatchObject({ decision: "Indeterminate" });
    const bad = await fetch(`${emulator.url}/_emulator/decisions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ env: "test", resourceId: "x", action: "requestconsent", subject: { partyType: "robot" } }),
    });
    expect(bad.status).toBe(400);

    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as {
      "authorization.decisions": unknown[];
    };
    expect(state["authorization.decisions"]).toEqual([
      expect.objectContaining({
        env: "test",
        resourceId: "stami-no-policy",
        action: "requestconsent",
        decision: "Indeterminate",
        subject: organisation(BANK),
      }),
      expect.objectContaining({ resourceId: "no-such-resource", decision: "Indeterminate" }),
      expect.objectContaining({
        resourceId: "stami-no-policy",
        subjectAttributes: {},
        obligations: [],
        at: expect.any(String),
        reason: expect.any(String),
      }),
    ]);
  });

  it("keeps only the last 500 decisions", () => {
    for (let index = 0; index < 510; index++) requestConsent(`missing-${index}`, BANK);
    return fetch(`${emulator.url}/_emulator/state`)
      .then((response) => response.json() as Promise<{ "authorization.decisions": { resourceId: string }[] }>)
      .then((state) => {
        expect(state["authorization.decisions"]).toHaveLength(500);
        expect(state["authorization.decisions"][0]?.resourceId).toBe("missing-10");
      });
  });
});
