import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * A parsed XACML 3.0 policy, reduced to what Altinn's policy decision point reads
 * (Altinn/altinn-authorization-tmp, src/pkgs/Altinn.Authorization.ABAC: Utils/XacmlParser.cs,
 * Xacml/XacmlRule.cs, Xacml/XacmlMatch.cs, PolicyDecisionPoint.cs).
 */
export interface XacmlMatch {
  matchId: string;
  /** The policy's value (AttributeValue text) and its DataType. */
  value: string;
  dataType: string;
  attributeId: string;
  category: string;
  mustBePresent: boolean;
}

export interface XacmlRule {
  ruleId: string;
  effect: "Permit" | "Deny";
  /** Target → AnyOf[] → AllOf[] → Match[]; null when the rule has no Target (it then matches everything). */
  target: XacmlMatch[][][] | null;
  /** Conditions are not written by Altinn Studio for consent; a rule with one is reported, not evaluated. */
  hasCondition: boolean;
}

export interface XacmlObligation {
  obligationId: string;
  fulfillOn: string;
  assignments: { attributeId: string; category?: string; dataType: string; value: string }[];
}

export interface XacmlPolicyDocument {
  policyId: string;
  ruleCombiningAlgId: string;
  rules: XacmlRule[];
  obligations: XacmlObligation[];
}

export class XacmlSyntaxError extends Error {}

// Elements that may repeat; everything else is read as a single child.
const REPEATED = new Set(["Rule", "AnyOf", "AllOf", "Match", "ObligationExpression", "AttributeAssignmentExpression"]);

// removeNSPrefix: policies come with the `xacml:` prefix (Altinn Studio) or with a default namespace.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

type Node = Record<string, unknown>;

function asNode(value: unknown): Node | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Node) : undefined;
}

function nodes(value: unknown): Node[] {
  return Array.isArray(value) ? value.map(asNode).filter((node): node is Node => node !== undefined) : [];
}

function text(value: unknown): string {
  if (typeof value === "string") return value;
  const node = asNode(value);
  return node && typeof node["#text"] === "string" ? node["#text"] : "";
}

function attribute(node: Node | undefined, name: string): string | undefined {
  const value = node?.[`@${name}`];
  return typeof value === "string" ? value : undefined;
}

function required(node: Node | undefined, name: string, element: string): string {
  const value = attribute(node, name);
  if (value === undefined) throw new XacmlSyntaxError(`<${element}> lacks the ${name} attribute`);
  return value;
}

function parseMatch(node: Node): XacmlMatch {
  const value = asNode(node.AttributeValue) ?? (typeof node.AttributeValue === "string" ? {} : undefined);
  const designator = asNode(node.AttributeDesignator);
  if (!value || !designator) throw new XacmlSyntaxError("<Match> needs an AttributeValue and an AttributeDesignator");
  return {
    matchId: required(node, "MatchId", "Match"),
    value: text(node.AttributeValue),
    dataType: attribute(value, "DataType") ?? "",
    attributeId: required(designator, "AttributeId", "AttributeDesignator"),
    category: required(designator, "Category", "AttributeDesignator"),
    mustBePresent: attribute(designator, "MustBePresent")?.toLowerCase() === "true",
  };
}

function parseTarget(target: unknown): XacmlMatch[][][] {
  return nodes(asNode(target)?.AnyOf).map((anyOf) =>
    nodes(anyOf.AllOf).map((allOf) => nodes(allOf.Match).map(parseMatch)),
  );
}

function parseRule(node: Node): XacmlRule {
  const effect = required(node, "Effect", "Rule");
  if (effect !== "Permit" && effect !== "Deny")
    throw new XacmlSyntaxError(`Rule Effect must be Permit or Deny, not ${effect}`);
  return {
    ruleId: required(node, "RuleId", "Rule"),
    effect,
    target: "Target" in node ? parseTarget(node.Target) : null,
    hasCondition: "Condition" in node,
  };
}

function parseObligations(policy: Node): XacmlObligation[] {
  return nodes(asNode(policy.ObligationExpressions)?.ObligationExpression).map((expression) => ({
    obligationId: required(expression, "ObligationId", "ObligationExpression"),
    fulfillOn: required(expression, "FulfillOn", "ObligationExpression"),
    assignments: nodes(expression.AttributeAssignmentExpression).map((assignment) => {
      const value = asNode(assignment.AttributeValue);
      return {
        attributeId: required(assignment, "AttributeId", "AttributeAssignmentExpression"),
        ...(attribute(assignment, "Category") ? { category: attribute(assignment, "Category") } : {}),
        dataType: attribute(value, "DataType") ?? "",
        value: text(assignment.AttributeValue),
      };
    }),
  }));
}

/** Parses an XACML policy document; throws XacmlSyntaxError for XML that is not well-formed or not a policy. */
export function parseXacmlPolicy(xml: string): XacmlPolicyDocument {
  const source = xml.replace(/^\uFEFF/, "");
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new XacmlSyntaxError(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const policy = asNode(asNode(parser.parse(source))?.Policy);
  if (!policy) throw new XacmlSyntaxError("The document is not an XACML <Policy>");
  return {
    policyId: required(policy, "PolicyId", "Policy"),
    ruleCombiningAlgId: required(policy, "RuleCombiningAlgId", "Policy"),
    rules: nodes(policy.Rule).map(parseRule),
    obligations: parseObligations(policy),
  };
}
