import { XMLParser } from "fast-xml-parser";

// An XACML policy as the set of permissions it grants, so two policies are compared by meaning, not as text: layout,
// namespace prefixes, rule ids and order, descriptions, and how subjects are split over rules or grouped in one AnyOf
// do not count. A rule's target is an AND of AnyOfs, each an OR of AllOfs, each an AND of Matches (XACML 3.0 §7.7);
// every choice of one AllOf per AnyOf is one permission: the sorted matches, with the rule's effect. A value matched
// with an ignore-case function is compared in lower case, as Altinn's decision point matches it. Obligations
// (the minimum authentication level) are part of the meaning too.

const IGNORE_CASE = "urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) =>
    ["Rule", "AnyOf", "AllOf", "Match", "ObligationExpression", "AttributeAssignmentExpression"].includes(name),
});

type TNode = Record<string, unknown>;
const nodes = (node: unknown, name: string): TNode[] =>
  ((node as TNode | undefined)?.[name] as TNode[] | undefined) ?? [];
const one = (node: unknown, name: string): TNode | undefined =>
  (node as TNode | undefined)?.[name] as TNode | undefined;
const text = (node: unknown): string =>
  typeof node === "object" && node !== null ? String((node as TNode)["#text"] ?? "") : String(node ?? "");
/** The last segment of an attribute id (`urn:altinn:partytype` → `partytype`) is what a person reads. */
const shortName = (attributeId: string) => attributeId.split(/[:/]/).pop() ?? attributeId;

function matchOf(match: TNode): string {
  const designator = one(match, "AttributeDesignator");
  const attribute = String(designator?.["@_AttributeId"] ?? "");
  const raw = text(one(match, "AttributeValue"));
  const value = match["@_MatchId"] === IGNORE_CASE ? raw.toLowerCase() : raw;
  return `${shortName(attribute)}=${value}`;
}

/** Every combination of one alternative per AnyOf, each as its sorted, joined matches. */
function combinations(anyOfs: string[][][]): string[] {
  let results: string[][] = [[]];
  for (const alternatives of anyOfs) {
    results = results.flatMap((partial) => alternatives.map((matches) => [...partial, ...matches]));
  }
  return results.map((matches) => [...new Set(matches)].sort().join(" & "));
}

/**
 * The policy's permissions as sorted, readable lines (`Permit: action=requestconsent & partytype=organization &
 * resource=…`) and its obligations (`obligation authenticationLevel1=3`). Null when it is not a policy.
 */
export function policyPermissions(xml: string): string[] | null {
  let document: TNode;
  try {
    document = parser.parse(xml.replace(/^\uFEFF/, "")) as TNode;
  } catch {
    return null;
  }
  const policy = one(document, "Policy");
  if (!policy) return null;
  const permissions = nodes(policy, "Rule").flatMap((rule) => {
    const anyOfs = nodes(one(rule, "Target"), "AnyOf").map((anyOf) =>
      nodes(anyOf, "AllOf").map((allOf) => nodes(allOf, "Match").map(matchOf)),
    );
    return combinations(anyOfs).map((matches) => `${String(rule["@_Effect"] ?? "")}: ${matches}`);
  });
  const obligations = nodes(one(policy, "ObligationExpressions"), "ObligationExpression").flatMap((obligation) =>
    nodes(obligation, "AttributeAssignmentExpression").map(
      (assignment) =>
        `obligation ${shortName(String(obligation["@_ObligationId"] ?? ""))}=${text(one(assignment, "AttributeValue"))}`,
    ),
  );
  return [...new Set([...permissions, ...obligations])].sort();
}
