import { describe, expect, it } from "vitest";
import { readRealText } from "@/test/openapi/realdata";
import { AccessListRequiredError, buildConsentPolicy } from "./build-consent-policy";

// The generated policy against Altinn's real consent policies (../shared/realdata/policy.*.xml, test data of Altinn's
// decision point), compared element by element after parsing, so layout and attribute order do not count.

type TNode = { name: string; attributes: Record<string, string>; children: TNode[]; text: string };

/** A strict reader for the XML subset XACML policies use: elements, attributes, text; every tag must close. */
function parseXml(xml: string): TNode {
  const root: TNode = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  const body = xml.replace(/^\uFEFF/, "").replace(/^<\?xml[^>]*\?>/, "");
  for (const [, closing, name = "", attributes = "", selfClosing, text] of body.matchAll(
    /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g,
  )) {
    const top = stack[stack.length - 1]!;
    if (text !== undefined) {
      top.text += text.trim();
    } else if (closing) {
      expect(stack.pop()?.name).toBe(name);
    } else {
      const node: TNode = {
        name,
        attributes: Object.fromEntries(
          [...attributes.matchAll(/([\w:.-]+)="([^"]*)"/g)].map(([, key, value]) => [key, value]),
        ),
        children: [],
        text: "",
      };
      top.children.push(node);
      if (!selfClosing) stack.push(node);
    }
  }
  expect(stack).toEqual([root]);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

const child = (node: TNode | undefined, name: string) => node?.children.filter((c) => c.name === name) ?? [];
const rulesOf = (policy: TNode) => child(policy, "xacml:Rule");
/** Each AnyOf of a rule's target as its alternatives: `[attributeId, value, matchId]` per AllOf. */
const alternatives = (rule: TNode | undefined) =>
  child(child(rule, "xacml:Target")[0], "xacml:AnyOf").map((anyOf) =>
    child(anyOf, "xacml:AllOf").map((allOf) => {
      const match = child(allOf, "xacml:Match")[0];
      const designator = child(match, "xacml:AttributeDesignator")[0];
      return [
        designator?.attributes.AttributeId,
        child(match, "xacml:AttributeValue")[0]?.text,
        match?.attributes.MatchId,
      ];
    }),
  );

const real = (name: string) => parseXml(readRealText(`policy.${name}.xml`));
const IGNORE_CASE = "urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case";

describe("buildConsentPolicy", () => {
  it("with an access list, is Altinn's real policy for a resource restricted to that list", () => {
    const generated = buildConsentPolicy({
      identifier: "samtykkeressurs-med-tilgangsliste",
      orgCode: "ttd",
      accessListMode: "Enabled",
      accessListIdentifiers: ["martins-restriktive-liste"],
    });
    const policy = parseXml(generated);
    expect(policy).toEqual(real("samtykkeressurs-med-tilgangsliste"));
    expect(alternatives(rulesOf(policy)[0])[0]).toEqual([
      ["urn:altinn:access-list", "ttd:martins-restriktive-liste", IGNORE_CASE],
    ]);
  });

  it("without access lists, lets organisations ask (partytype) as Altinn's real policy does, with the same obligations", () => {
    const identifier = "ske-samtykke-sbl-summert-skattegrunnlag";
    const policy = parseXml(
      buildConsentPolicy({ identifier, orgCode: "skd", accessListMode: "Disabled", accessListIdentifiers: [] }),
    );
    const expected = real(identifier);
    expect(policy.attributes).toEqual(expected.attributes);
    expect(child(policy, "xacml:Target")).toEqual(child(expected, "xacml:Target"));
    expect(rulesOf(policy)[0]).toEqual(rulesOf(expected)[0]);
    expect(alternatives(rulesOf(policy)[0])[0]).toEqual([["urn:altinn:partytype", "organization", IGNORE_CASE]]);
    expect(child(policy, "xacml:ObligationExpressions")).toEqual(child(expected, "xacml:ObligationExpressions"));

    // The consent rule: the real one names more approvers (siskd, a0241, access packages ...); the portal's two
    // role codes are matched exactly as the real one matches its own, and the resource and action parts are equal.
    const [ours, theirs] = [rulesOf(policy)[1], rulesOf(expected)[1]];
    expect(ours?.attributes).toEqual(theirs?.attributes);
    const [subjects, ...rest] = alternatives(ours);
    const [realSubjects, ...realRest] = alternatives(theirs);
    expect(rest).toEqual(realRest);
    expect(subjects).toEqual([
      ["urn:altinn:rolecode", "dagl", IGNORE_CASE],
      ["urn:altinn:rolecode", "priv", IGNORE_CASE],
    ]);
    expect(realSubjects).toContainEqual(["urn:altinn:rolecode", "priv", IGNORE_CASE]);
    const privOf = (rule: TNode | undefined) =>
      child(child(child(rule, "xacml:Target")[0], "xacml:AnyOf")[0], "xacml:AllOf").find(
        (allOf) => child(child(allOf, "xacml:Match")[0], "xacml:AttributeValue")[0]?.text === "priv",
      );
    expect(privOf(ours)).toBeDefined();
    expect(privOf(ours)).toEqual(privOf(theirs));
  });

  it("names every connected list once, sorted, and never also all organisations", () => {
    const xml = buildConsentPolicy({
      identifier: "skd-inntekt",
      orgCode: "skd",
      accessListMode: "Enabled",
      accessListIdentifiers: ["banker", "andre", "banker"],
    });
    const [requesters] = alternatives(rulesOf(parseXml(xml))[0]);
    expect(requesters).toEqual([
      ["urn:altinn:access-list", "skd:andre", IGNORE_CASE],
      ["urn:altinn:access-list", "skd:banker", IGNORE_CASE],
    ]);
    expect(xml).not.toContain("urn:altinn:partytype");
    expect(xml).not.toContain("identifier-no");
  });

  it("refuses a resource restricted to access lists when none is connected", () => {
    const build = () =>
      buildConsentPolicy({
        identifier: "skd-inntekt",
        orgCode: "skd",
        accessListMode: "Enabled",
        accessListIdentifiers: [],
      });
    expect(build).toThrow(AccessListRequiredError);
    expect(build).toThrow(/no access list is connected/);
  });

  it("escapes what it writes, and names the resource in every rule", () => {
    const policy = parseXml(
      buildConsentPolicy({
        identifier: "skd_a-b",
        orgCode: "skd",
        accessListMode: "Enabled",
        accessListIdentifiers: ["a&b"],
      }),
    );
    expect(alternatives(rulesOf(policy)[0])[0]).toEqual([["urn:altinn:access-list", "skd:a&amp;b", IGNORE_CASE]]);
    for (const rule of rulesOf(policy)) {
      expect(alternatives(rule)[1]).toEqual([
        ["urn:altinn:resource", "skd_a-b", "urn:oasis:names:tc:xacml:1.0:function:string-equal"],
      ]);
    }
  });
});
