import { describe, expect, it } from "vitest";
import { altinnToken } from "../test-support/altinn-token";
import { consentPolicyXml, STAMI_ORG_NUMBER, stamiConsentResource } from "../test-support/consent-resource";
import {
  BANK,
  decisionOf,
  OTHER_BANK,
  organisation,
  publish,
  requestConsent,
  SCOPES,
} from "../test-support/decision-point-fixture";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { registryCall, registryUrl } from "../test-support/registry-api";

const emulator = emulatorPerFile();
const base = () => registryUrl(emulator.url);

describe("decision point with Altinn's real consent policies", () => {
  it("matches a rule on urn:altinn:organization:identifier-no against the caller's own number only", async () => {
    const stami = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: SCOPES });
    // consentPolicyXml's requestconsent rule names organisation 313876144 (string-equal).
    await publish(
      emulator.url,
      stami,
      stamiConsentResource({ identifier: "stami-orgnr-policy" }),
      consentPolicyXml("stami-orgnr-policy"),
    );
    // DecisionHelper.CreateSubjectAttributes puts the consumer's number in the subject, so the named bank matches...
    expect(requestConsent("stami-orgnr-policy", BANK).decision).toBe("Permit");
    // ...and no other organisation, and no person.
    expect(requestConsent("stami-orgnr-policy", OTHER_BANK).decision).toBe("NotApplicable");
    expect(decisionOf("stami-orgnr-policy", "requestconsent", { partyType: "person" })).toBe("NotApplicable");
    // The consent rule of the same policy is for role code dagl.
    expect(decisionOf("stami-orgnr-policy", "consent", { partyType: "person", roleCodes: ["dagl"] })).toBe("Permit");
  });

  it("is Indeterminate without a policy or resource, and records every decision in the state", async () => {
    const stami = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: SCOPES });
    expect(
      (await registryCall(stami, "POST", `${base()}/resource`, stamiConsentResource({ identifier: "stami-no-policy" })))
        .status,
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
