import type { XacmlMatch, XacmlObligation, XacmlPolicyDocument, XacmlRule } from "./xacml-document";

/**
 * Altinn's policy decision point, ported from Altinn/altinn-authorization-tmp
 * (src/pkgs/Altinn.Authorization.ABAC: PolicyDecisionPoint.cs, RuleCombiner.cs, Xacml/XacmlRule.cs,
 * Xacml/XacmlMatch.cs, Xacml/AttributeMatcher.cs). Its matching differs from the XACML standard in ways
 * a policy author can notice, so they are kept: a rule applies when its resource and action
 * categories match; the subject category then decides Permit/Deny versus NotApplicable; within one
 * category any AllOf whose matches of that category all hold is enough (AnyOf elements are not ANDed
 * per category); a category the target never mentions matches anything; DataTypes must be equal.
 */
export const CATEGORY = {
  subject: "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject",
  resource: "urn:oasis:names:tc:xacml:3.0:attribute-category:resource",
  action: "urn:oasis:names:tc:xacml:3.0:attribute-category:action",
} as const;

export const XML_STRING = "http://www.w3.org/2001/XMLSchema#string";

/** Request attributes per category: attribute id → values (all strings of XML string type here). */
export type RequestAttributes = Record<(typeof CATEGORY)[keyof typeof CATEGORY], Map<string, string[]>>;

type MatchResult = "Match" | "NoMatch" | "RequiredAttributeMissing";
export type RuleDecision =
  "Permit" | "Deny" | "NotApplicable" | "IndeterminateP" | "IndeterminateD" | "IndeterminateDP";

export interface PolicyEvaluation {
  decision: "Permit" | "Deny" | "NotApplicable" | "Indeterminate";
  /** Each rule that applied to the resource and action, with its own decision, in policy order. */
  rules: { ruleId: string; decision: RuleDecision; note?: string }[];
  /** Obligations returned with a Permit (PolicyDecisionPoint.AddObligations: only FulfillOn="Permit"). */
  obligations: XacmlObligation[];
  note?: string;
}

export class UnsupportedMatchFunction extends Error {}

const FUNCTIONS: Record<string, (policyValue: string, requestValue: string) => boolean> = {
  "urn:oasis:names:tc:xacml:1.0:function:string-equal": (a, b) => a === b,
  // OrdinalIgnoreCase in .NET; upper-casing both sides is the ordinal equivalent for these values.
  "urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case": (a, b) => a.toUpperCase() === b.toUpperCase(),
  // Called once per request value, so membership is equality (AttributeMatcher: "not a substring test").
  "urn:oasis:names:tc:xacml:1.0:function:string-is-in": (a, b) => a === b,
  "urn:oasis:names:tc:xacml:1.0:function:string-regexp-match": (a, b) => new RegExp(a).test(b),
  "urn:oasis:names:tc:xacml:1.0:function:integer-equal": (a, b) =>
    /^-?\d+$/.test(a) && /^-?\d+$/.test(b) && Number(a) === Number(b),
};

/** XacmlMatch.IsMatch: DataTypes must be equal, then AttributeMatcher.MatchAttributes (unknown function throws). */
function isMatch(match: XacmlMatch, requestValue: string): boolean {
  if (match.dataType !== XML_STRING) return false;
  const compare = FUNCTIONS[match.matchId];
  if (!compare) throw new UnsupportedMatchFunction(`Match function ${match.matchId} is not supported`);
  return compare(match.value, requestValue);
}

/** XacmlRule.MatchAttributes for one category. */
function matchCategory(rule: XacmlRule, request: RequestAttributes, category: keyof RequestAttributes): MatchResult {
  if (rule.target === null) return "Match";
  const attributes = request[category];
  let result: MatchResult = "NoMatch";
  let categoryFound = false;
  for (const anyOf of rule.target) {
    for (const allOf of anyOf) {
      const matches = allOf.filter((match) => match.category === category);
      if (!matches.length) continue;
      categoryFound = true;
      let allMatched = true;
      for (const match of matches) {
        const values = attributes.get(match.attributeId);
        if (values === undefined) {
          allMatched = false;
          if (match.mustBePresent) result = "RequiredAttributeMissing";
        } else if (!values.some((value) => isMatch(match, value))) {
          allMatched = false;
        }
      }
      if (allMatched) result = "Match";
    }
  }
  return categoryFound ? result : "Match";
}

const indeterminateFor = (rule: XacmlRule): RuleDecision =>
  rule.effect === "Permit" ? "IndeterminateP" : "IndeterminateD";

const ALGORITHMS: Record<
  string,
  "deny-overrides" | "permit-overrides" | "deny-unless-permit" | "permit-unless-deny" | "first-applicable"
> = {
  "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides": "deny-overrides",
  "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:ordered-deny-overrides": "deny-overrides",
  "urn:oasis:names:tc:xacml:3.0:policy-combining-algorithm:deny-overrides": "deny-overrides",
  "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-overrides": "permit-overrides",
  "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:ordered-permit-overrides": "permit-overrides",
  "urn:oasis:names:tc:xacml:3.0:policy-combining-algorithm:permit-overrides": "permit-overrides",
  "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-unless-permit": "deny-unless-permit",
  "urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:permit-unless-deny": "permit-unless-deny",
  "urn:oasis:names:tc:xacml:1.0:rule-combining-algorithm:first-applicable": "first-applicable",
  "urn:oasis:names:tc:xacml:1.0:policy-combining-algorithm:first-applicable": "first-applicable",
};

/**
 * XACML 3.0 C.2 (deny-overrides) and C.3 (permit-overrides) are one table with Deny and Permit swapped: `winner`
 * overrides everything, the other effect counts only when nothing else applies.
 */
function overrides(has: (decision: RuleDecision) => boolean, winner: "Deny" | "Permit"): RuleDecision {
  const loser = winner === "Deny" ? "Permit" : "Deny";
  const indeterminate = (effect: "Deny" | "Permit") => (effect === "Deny" ? "IndeterminateD" : "IndeterminateP");
  if (has(winner)) return winner;
  if (has("IndeterminateDP") || (has(indeterminate(winner)) && (has(indeterminate(loser)) || has(loser))))
    return "IndeterminateDP";
  if (has(indeterminate(winner))) return indeterminate(winner);
  if (has(loser)) return loser;
  return has(indeterminate(loser)) ? indeterminate(loser) : "NotApplicable";
}

/** RuleCombiner.Combine (XACML 3.0 appendix C tables); an unknown algorithm is Indeterminate{DP}. */
export function combine(algorithmId: string, decisions: RuleDecision[]): RuleDecision {
  const algorithm = ALGORITHMS[algorithmId];
  const has = (decision: RuleDecision) => decisions.includes(decision);
  switch (algorithm) {
    case "deny-overrides":
      return overrides(has, "Deny");
    case "permit-overrides":
      return overrides(has, "Permit");
    case "deny-unless-permit":
      return has("Permit") ? "Permit" : "Deny";
    case "permit-unless-deny":
      return has("Deny") ? "Deny" : "Permit";
    case "first-applicable":
      return decisions.find((decision) => decision !== "NotApplicable") ?? "NotApplicable";
    default:
      return "IndeterminateDP";
  }
}

/** PolicyDecisionPoint.Authorize for one request against one policy. */
export function evaluatePolicy(policy: XacmlPolicyDocument, request: RequestAttributes): PolicyEvaluation {
  try {
    return evaluate(policy, request);
  } catch (error) {
    // An unknown match function throws NotImplementedException in Altinn; the decision endpoint answers Indeterminate.
    if (error instanceof UnsupportedMatchFunction)
      return { decision: "Indeterminate", rules: [], obligations: [], note: error.message };
    throw error;
  }
}

function evaluate(policy: XacmlPolicyDocument, request: RequestAttributes): PolicyEvaluation {
  const applicable: XacmlRule[] = [];
  for (const rule of policy.rules) {
    const resource = matchCategory(rule, request, CATEGORY.resource);
    const action = matchCategory(rule, request, CATEGORY.action);
    if (resource === "Match" && action === "Match") applicable.push(rule);
    else if (resource === "RequiredAttributeMissing" || action === "RequiredAttributeMissing") {
      return {
        decision: "Indeterminate",
        rules: [],
        obligations: [],
        note: "A resource or action attribute the policy requires is missing",
      };
    }
  }
  const rules = applicable.map((rule) => {
    const subject = matchCategory(rule, request, CATEGORY.subject);
    if (subject === "RequiredAttributeMissing") return { ruleId: rule.ruleId, decision: indeterminateFor(rule) };
    if (subject !== "Match") return { ruleId: rule.ruleId, decision: "NotApplicable" as RuleDecision };
    if (rule.hasCondition) {
      return {
        ruleId: rule.ruleId,
        decision: indeterminateFor(rule),
        note: "The emulator does not evaluate <Condition>",
      };
    }
    return { ruleId: rule.ruleId, decision: (rule.effect === "Permit" ? "Permit" : "Deny") as RuleDecision };
  });
  const combined = combine(
    policy.ruleCombiningAlgId,
    rules.map((rule) => rule.decision),
  );
  const decision = combined.startsWith("Indeterminate") ? "Indeterminate" : (combined as PolicyEvaluation["decision"]);
  const obligations =
    decision === "Permit" ? policy.obligations.filter((obligation) => obligation.fulfillOn === "Permit") : [];
  return { decision, rules, obligations };
}
