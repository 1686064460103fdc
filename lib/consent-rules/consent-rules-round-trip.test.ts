import { readdirSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { approversOf, decodeConsentPolicy } from "@/lib/adoption/decode-consent-policy";
import { ApproversRequiredError, buildConsentPolicy } from "@/lib/publishing/build-consent-policy";
import { REALDATA_DIR, readRealText } from "@/test/openapi/realdata";
import { accessPackage } from "./access-packages";
import { altinn2Roles, approverRole } from "./approver-roles";

// The request and approve rules from policy to settings and back: every real consent policy in ../shared/realdata
// (read at run time) decodes into settings from which the builder writes the same policy, element by element.

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: true });
const tree = (xml: string) => parser.parse(xml.replace(/^\uFEFF/, "").replace(/^<\?xml[^>]*\?>/, ""));

const realPolicies = readdirSync(REALDATA_DIR).filter((name) => /^policy\..*\.xml$/.test(name));

describe("request and approve rules, round trip", () => {
  it.each(realPolicies)("rebuilds the real %s from what it decodes to", (file) => {
    const identifier = file.replace(/^policy\.|\.xml$/g, "");
    const xml = readRealText(file);
    const decoded = decodeConsentPolicy(xml, { identifier, orgCode: "ttd" });
    const approvers = approversOf(decoded?.approvers ?? []);
    expect(decoded?.reasons).toEqual([]);
    expect(approvers).not.toBeNull();
    const requesters = decoded!.requesters!;
    const rebuilt = buildConsentPolicy({
      identifier,
      orgCode: "ttd",
      accessListMode: requesters.accessListMode,
      accessListIdentifiers: requesters.accessListMode === "Enabled" ? requesters.accessLists : [],
      approvers: approvers!,
    });
    expect(tree(rebuilt)).toEqual(tree(xml));
    // Every approver the real policies name is one the editor offers.
    for (const role of approvers!.roles) expect(approverRole(role), role).toBeDefined();
    for (const code of approvers!.accessPackages) expect(accessPackage(code), code).toBeDefined();
  });

  it("writes the accountants' access packages and the chosen roles, and reads them back", () => {
    const chosen = {
      roles: ["dagl", "a0239"],
      accessPackages: ["regnskapsforer-lonn", "regnskapsforer-med-signeringsrettighet"],
    };
    const xml = buildConsentPolicy({
      identifier: "skd-inntekt",
      orgCode: "skd",
      accessListMode: "Enabled",
      accessListIdentifiers: ["banker"],
      approvers: chosen,
    });
    expect(xml).toContain('AttributeId="urn:altinn:accesspackage"');
    const decoded = decodeConsentPolicy(xml, { identifier: "skd-inntekt", orgCode: "skd" });
    expect(decoded?.reasons).toEqual([]);
    expect(decoded?.requesters).toEqual({ accessListMode: "Enabled", accessLists: ["banker"] });
    expect(approversOf(decoded!.approvers)).toEqual(chosen);
    expect(altinn2Roles(chosen.roles)).toEqual(["a0239"]);
  });

  it("writes today's dagl/priv when nothing is chosen, and refuses a rule naming nobody", () => {
    const base = {
      identifier: "skd-x",
      orgCode: "skd",
      accessListMode: "Disabled" as const,
      accessListIdentifiers: [],
    };
    expect(buildConsentPolicy(base)).toBe(
      buildConsentPolicy({ ...base, approvers: { roles: ["dagl", "priv"], accessPackages: [] } }),
    );
    expect(() => buildConsentPolicy({ ...base, approvers: { roles: [], accessPackages: [] } })).toThrow(
      ApproversRequiredError,
    );
    expect(approversOf(["urn:altinn:rolecode=dagl", "urn:altinn:partytype=organization"])).toBeNull();
  });

  it("names the accountants' packages in nb, nn and en as Altinn does", () => {
    expect(accessPackage("regnskapsforer-lonn")).toEqual({
      code: "regnskapsforer-lonn",
      holder: "organisation",
      name: { nb: "Regnskapsfører lønn", nn: "Rekneskapsførar løn", en: "Accountant salary" },
    });
    expect(approverRole("dagl")?.altinn2).toBe(false);
    expect(approverRole("siskd")?.altinn2).toBe(true);
  });
});
