import { describe, expect, it } from "vitest";
import { readRealText } from "@/test/openapi/realdata";
import { buildConsentPolicy } from "@/lib/publishing/build-consent-policy";
import { policyPermissions } from "./policy-permissions";

// Policies compared by meaning against Altinn's real consent policy with an access list (../shared/realdata,
// test data of Altinn's decision point): layout, prefixes, rule ids, order, case where matched ignoring case, and
// how subjects are grouped into rules do not count; a different subject or obligation does.

const realPolicy = () => readRealText("policy.samtykkeressurs-med-tilgangsliste.xml");
const portalPolicy = (lists: string[]) =>
  buildConsentPolicy({
    identifier: "samtykkeressurs-med-tilgangsliste",
    orgCode: "ttd",
    accessListMode: "Enabled",
    accessListIdentifiers: lists,
  });

describe("policyPermissions", () => {
  it("reads the portal's policy and Altinn's real one as the same permissions", () => {
    const permissions = policyPermissions(portalPolicy(["martins-restriktive-liste"]));
    expect(permissions).toEqual(policyPermissions(realPolicy()));
    expect(permissions).toContain(
      "Permit: access-list=ttd:martins-restriktive-liste & action-id=requestconsent & resource=samtykkeressurs-med-tilgangsliste",
    );
    expect(permissions).toContain("obligation authenticationLevel1=3");
  });

  it("ignores layout, namespace prefix, rule ids and order, and case where matched ignoring case", () => {
    const rewritten = realPolicy()
      .replace(/<(\/?)xacml:/g, "<$1x:")
      .replace(/xmlns:xacml=/, "xmlns:x=")
      .replace(/\n\s*/g, "")
      .replace(/ruleid:1"/, 'ruleid:99"')
      .replace("ttd:martins-restriktive-liste", "TTD:Martins-Restriktive-Liste");
    expect(policyPermissions(rewritten)).toEqual(policyPermissions(realPolicy()));
  });

  it("counts two lists in one rule the same as one rule per list", () => {
    const together = portalPolicy(["a", "b"]);
    const [first, second] = [portalPolicy(["a"]), portalPolicy(["b"])];
    const rulesOf = (xml: string) => xml.slice(xml.indexOf("<xacml:Rule "), xml.lastIndexOf("</xacml:Rule>") + 13);
    const split = first.replace(rulesOf(first), `${rulesOf(first)}\n${rulesOf(second)}`);
    expect(policyPermissions(split)).toEqual(policyPermissions(together));
  });

  it("names a different subject, and refuses what is not a policy", () => {
    const ours = policyPermissions(portalPolicy(["a"]))!;
    const theirs = policyPermissions(portalPolicy(["b"]))!;
    expect(ours.filter((line) => !theirs.includes(line))).toEqual([
      "Permit: access-list=ttd:a & action-id=requestconsent & resource=samtykkeressurs-med-tilgangsliste",
    ]);
    expect(policyPermissions("<html></html>")).toBeNull();
  });
});
