import { describe, expect, it } from "vitest";
import {
  BANK,
  decisionOf,
  OTHER_BANK,
  organisation,
  publishReal,
  requestConsent,
} from "../test-support/decision-point-fixture";
import { emulatorPerFile } from "../test-support/emulator-per-file";
import { orgUrn } from "../test-support/org-numbers";
import { registryCall, registryUrl } from "../test-support/registry-api";
import { decideResourceAction } from "./decision-point";

const TTD = { organization: "405003309", orgcode: "ttd" };
const SKATTEETATEN = { organization: "974761076", orgcode: "skd" };
const LIST_RESOURCE = "samtykkeressurs-med-tilgangsliste";
const PARTYTYPE_RESOURCE = "ske-samtykke-sbl-summert-skattegrunnlag";

const emulator = emulatorPerFile();
const base = () => registryUrl(emulator.url);

describe("decision point with Altinn's real consent policies", () => {
  it("permits requestconsent to any organisation by partytype, with the authentication-level obligations", async () => {
    await publishReal(emulator.url, SKATTEETATEN, PARTYTYPE_RESOURCE);

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
    expect(decisionOf(PARTYTYPE_RESOURCE, "requestconsent", { partyType: "person" })).toBe("NotApplicable");
    expect(decisionOf(PARTYTYPE_RESOURCE, "RequestConsent", organisation(BANK))).toBe("Permit");
    expect(requestConsent(PARTYTYPE_RESOURCE, BANK).obligations).toHaveLength(2);
    expect(
      decideResourceAction("test", { resourceId: PARTYTYPE_RESOURCE, action: "read", subject: organisation(BANK) }),
    ).toMatchObject({
      decision: "NotApplicable",
      reason: expect.stringContaining("no rule for the action read"),
    });
  });

  it("lets approvers consent by role code (ignoring case) or access package, and nobody else", async () => {
    await publishReal(emulator.url, SKATTEETATEN, PARTYTYPE_RESOURCE);
    const consent = (subject: Parameters<typeof decisionOf>[2]) => decisionOf(PARTYTYPE_RESOURCE, "consent", subject);

    expect(consent({ partyType: "person", roleCodes: ["PRIV"] })).toBe("Permit");
    expect(consent({ partyType: "person", roleCodes: ["siskd"] })).toBe("Permit");
    expect(consent({ partyType: "person", accessPackages: ["regnskapsforer-lonn"] })).toBe("Permit");
    expect(consent({ partyType: "person", roleCodes: ["dagl"] })).toBe("NotApplicable");
    expect(consent({ partyType: "organization", orgNumber: BANK })).toBe("NotApplicable");
  });

  it("permits requestconsent through the access-list subject only to members of that existing list", async () => {
    const ttd = await publishReal(emulator.url, TTD, LIST_RESOURCE);
    const lists = `${base()}/access-lists/ttd`;

    // The list the policy names does not exist yet: nobody is on it.
    expect(requestConsent(LIST_RESOURCE, BANK)).toMatchObject({ decision: "NotApplicable" });

    expect(
      (await registryCall(ttd, "PUT", `${lists}/martins-restriktive-liste`, { name: "Martins liste" })).status,
    ).toBe(200);
    expect(
      (await registryCall(ttd, "POST", `${lists}/martins-restriktive-liste/members`, { data: [orgUrn(BANK)] })).status,
    ).toBe(200);
    expect(
      (
        await registryCall(ttd, "PUT", `${lists}/martins-restriktive-liste/resource-connections/${LIST_RESOURCE}`, {
          actionFilters: ["requestconsent"],
        })
      ).status,
    ).toBe(200);
    // Another list, connected to the resource too, is not the one the policy names.
    expect((await registryCall(ttd, "PUT", `${lists}/annen-liste`, { name: "Annen liste" })).status).toBe(200);
    expect(
      (await registryCall(ttd, "POST", `${lists}/annen-liste/members`, { data: [orgUrn(OTHER_BANK)] })).status,
    ).toBe(200);
    expect(
      (
        await registryCall(ttd, "PUT", `${lists}/annen-liste/resource-connections/${LIST_RESOURCE}`, {
          actionFilters: null,
        })
      ).status,
    ).toBe(200);

    expect(requestConsent(LIST_RESOURCE, BANK)).toMatchObject({
      decision: "Permit",
      ruleId: `urn:altinn:resource:${LIST_RESOURCE}:ruleid:1`,
    });
    expect(requestConsent(LIST_RESOURCE, OTHER_BANK).decision).toBe("NotApplicable");
    expect(requestConsent(LIST_RESOURCE, "910753614").decision).toBe("NotApplicable");

    // Removing the member, or deleting the list, takes the permission away.
    expect(
      (await registryCall(ttd, "DELETE", `${lists}/martins-restriktive-liste/members`, { data: [orgUrn(BANK)] }))
        .status,
    ).toBe(200);
    expect(requestConsent(LIST_RESOURCE, BANK).decision).toBe("NotApplicable");
    expect(
      (await registryCall(ttd, "POST", `${lists}/martins-restriktive-liste/members`, { data: [orgUrn(BANK)] })).status,
    ).toBe(200);
    expect((await registryCall(ttd, "DELETE", `${lists}/martins-restriktive-liste`)).status).toBe(200);
    expect(requestConsent(LIST_RESOURCE, BANK).decision).toBe("NotApplicable");
  });

  it("follows Altinn's context handler: the list membership counts whether or not the list is connected", async () => {
    const ttd = await publishReal(emulator.url, TTD, LIST_RESOURCE);
    const list = `${base()}/access-lists/ttd/martins-restriktive-liste`;
    await registryCall(ttd, "PUT", list, { name: "Martins liste" });
    await registryCall(ttd, "POST", `${list}/members`, { data: [orgUrn(BANK)] });
    // ContextHandler reads every list the party is a member of (get-by-member), not the resource's connections.
    expect(requestConsent(LIST_RESOURCE, BANK).decision).toBe("Permit");

    // With accessListMode Enabled, Altinn's access-list check needs a resource party a consent request lacks.
    const stored = await (await fetch(`${base()}/resource/${LIST_RESOURCE}`)).json();
    const enabled = { ...(stored as Record<string, unknown>), accessListMode: "Enabled" };
    expect((await registryCall(ttd, "PUT", `${base()}/resource/${LIST_RESOURCE}`, enabled)).status).toBe(200);
    await registryCall(ttd, "PUT", `${list}/resource-connections/${LIST_RESOURCE}`, {
      actionFilters: ["requestconsent"],
    });
    expect(requestConsent(LIST_RESOURCE, BANK)).toMatchObject({
      decision: "Indeterminate",
      reason: expect.stringContaining("accessListMode is Enabled"),
    });
  });
});
