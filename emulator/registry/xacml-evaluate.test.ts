import { describe, expect, it } from "vitest";
import { parseXacmlPolicy, XacmlSyntaxError } from "./xacml-document";
import { CATEGORY, combine, evaluatePolicy, type RequestAttributes } from "./xacml-evaluate";

const STRING = "http://www.w3.org/2001/XMLSchema#string";
const EQUAL = "urn:oasis:names:tc:xacml:1.0:function:string-equal";

function match(value: string, attributeId: string, category: string, matchId = EQUAL, mustBePresent = false): string {
  return (
    `<Match MatchId="${matchId}"><AttributeValue DataType="${STRING}">${value}</AttributeValue>` +
    `<AttributeDesignator AttributeId="${attributeId}" Category="${category}" DataType="${STRING}" MustBePresent="${mustBePresent}"/></Match>`
  );
}

const anyOf = (...allOfs: string[][]) =>
  `<AnyOf>${allOfs.map((matches) => `<AllOf>${matches.join("")}</AllOf>`).join("")}</AnyOf>`;
const resource = anyOf([match("res", "urn:altinn:resource", CATEGORY.resource)]);
const action = (name: string) => anyOf([match(name, "urn:oasis:names:tc:xacml:1.0:action:action-id", CATEGORY.action)]);
const role = (code: string, matchId = EQUAL) => match(code, "urn:altinn:rolecode", CATEGORY.subject, matchId);

// No namespace prefix here (a default xmlns), unlike Altinn Studio's `xacml:` policies.
function policy(algorithm: string, rules: string): string {
  return (
    `<?xml version="1.0"?><Policy xmlns="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" PolicyId="p" Version="1.0" ` +
    `RuleCombiningAlgId="${algorithm}"><Target/>${rules}</Policy>`
  );
}

const rule = (id: string, effect: string, target: string) =>
  `<Rule RuleId="${id}" Effect="${effect}"><Target>${target}</Target></Rule>`;

function request(roles: string[], actionName = "read", resourceId = "res"): RequestAttributes {
  return {
    [CATEGORY.subject]: new Map(roles.length ? [["urn:altinn:rolecode", roles]] : []),
    [CATEGORY.resource]: new Map([["urn:altinn:resource", [resourceId]]]),
    [CATEGORY.action]: new Map([["urn:oasis:names:tc:xacml:1.0:action:action-id", [actionName]]]),
  };
}

const DENY_OVERRIDES = "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides";
const PERMIT_OVERRIDES = "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-overrides";
const FIRST_APPLICABLE = "urn:oasis:names:tc:xacml:1.0:rule-combining-algorithm:first-applicable";

describe("XACML evaluation as Altinn's PDP does it", () => {
  const rules =
    rule("permit-dagl", "Permit", anyOf([role("dagl")], [role("lede")]) + resource + action("read")) +
    rule("deny-lede", "Deny", anyOf([role("lede")]) + resource + action("read"));

  it("combines with deny-overrides, permit-overrides and first-applicable", () => {
    const denyOverrides = parseXacmlPolicy(policy(DENY_OVERRIDES, rules));
    expect(evaluatePolicy(denyOverrides, request(["dagl"])).decision).toBe("Permit");
    expect(evaluatePolicy(denyOverrides, request(["lede"])).decision).toBe("Deny");
    expect(evaluatePolicy(denyOverrides, request(["regna"])).decision).toBe("NotApplicable");
    expect(evaluatePolicy(denyOverrides, request(["dagl"], "write")).rules).toEqual([]);
    expect(evaluatePolicy(parseXacmlPolicy(policy(PERMIT_OVERRIDES, rules)), request(["lede"])).decision).toBe(
      "Permit",
    );
    expect(evaluatePolicy(parseXacmlPolicy(policy(FIRST_APPLICABLE, rules)), request(["lede"])).decision).toBe(
      "Permit",
    );
    expect(evaluatePolicy(parseXacmlPolicy(policy("urn:example:unknown", rules)), request(["dagl"])).decision).toBe(
      "Indeterminate",
    );
    expect(combine("urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-unless-permit", [])).toBe("Deny");
  });

  it("compares case-sensitively with string-equal, supports regexp-match and refuses unknown functions", () => {
    const strict = parseXacmlPolicy(
      policy(DENY_OVERRIDES, rule("r", "Permit", anyOf([role("dagl")]) + resource + action("read"))),
    );
    expect(evaluatePolicy(strict, request(["DAGL"])).decision).toBe("NotApplicable");
    const regexp = parseXacmlPolicy(
      policy(
        DENY_OVERRIDES,
        rule(
          "r",
          "Permit",
          anyOf([role("^a02\\d\\d$", "urn:oasis:names:tc:xacml:1.0:function:string-regexp-match")]) +
            resource +
            action("read"),
        ),
      ),
    );
    expect(evaluatePolicy(regexp, request(["a0239"])).decision).toBe("Permit");
    expect(evaluatePolicy(regexp, request(["dagl"])).decision).toBe("NotApplicable");
    const unknown = parseXacmlPolicy(
      policy(
        DENY_OVERRIDES,
        rule("r", "Permit", anyOf([role("x", "urn:example:function")]) + resource + action("read")),
      ),
    );
    expect(evaluatePolicy(unknown, request(["x"]))).toMatchObject({
      decision: "Indeterminate",
      note: expect.stringContaining("urn:example:function"),
    });
  });

  it("is Indeterminate when an attribute that must be present is missing", () => {
    const required = parseXacmlPolicy(
      policy(
        DENY_OVERRIDES,
        rule(
          "r",
          "Permit",
          anyOf([role("dagl")]) +
            anyOf([match("x", "urn:altinn:org", CATEGORY.resource, EQUAL, true)]) +
            action("read"),
        ),
      ),
    );
    expect(evaluatePolicy(required, request(["dagl"])).decision).toBe("Indeterminate");
  });

  it("refuses documents that are not well-formed XACML policies", () => {
    expect(() => parseXacmlPolicy("<Policy><Rule></Policy>")).toThrow(XacmlSyntaxError);
    expect(() => parseXacmlPolicy("<html/>")).toThrow(XacmlSyntaxError);
    expect(() => parseXacmlPolicy(policy(DENY_OVERRIDES, `<Rule RuleId="r" Effect="Maybe"/>`))).toThrow(
      XacmlSyntaxError,
    );
  });
});
