import { XMLParser } from "fast-xml-parser";
import {
  ACCESS_LIST_ATTRIBUTE,
  ACCESS_PACKAGE_ATTRIBUTE,
  CONSENT_ACTION,
  MINIMUM_AUTHENTICATION_LEVEL,
  PARTY_TYPE_ATTRIBUTE,
  REQUEST_CONSENT_ACTION,
  ROLE_ATTRIBUTE,
  type TConsentApprovers,
} from "@/lib/publishing/build-consent-policy";

// A consent resource's XACML policy read back into the settings the portal builds policies from
// (lib/publishing/build-consent-policy.ts): who may request consent (every organisation, `urn:altinn:partytype` =
// `organization`, or the members of the owner's access lists, `urn:altinn:access-list` = `{orgcode}:{list}`), who may
// give it (role codes `urn:altinn:rolecode` and access packages `urn:altinn:accesspackage`, `approversOf`) and the
// authentication-level obligations (3 for end users and organisations).
// Followed: Altinn/altinn-studio src/Designer/backend/PolicyAdmin/PolicyConverter.cs (one AnyOf per kind in a rule's
// target, one AllOf per value) and the real policies in Altinn/altinn-authorization-tmp's decision-point test data
// (copies in ../shared/realdata/policy.*.xml). Whatever does not fit (a list of another owner, a third rule, another
// level, an approver that is neither a role nor an access package) is named in `reasons`; the portal then shows the
// XML as it is, and publishing from the portal would replace it with the portal's own policy.

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ["Rule", "AnyOf", "AllOf", "Match", "ObligationExpression"].includes(name),
});

const ACTION_ID = "urn:oasis:names:tc:xacml:1.0:action:action-id";
const RESOURCE_ATTRIBUTE = "urn:altinn:resource";

export type TDecodedPolicy = {
  /** Who may request consent in the portal's terms; null when the policy says something the portal cannot. */
  requesters: { accessListMode: "Disabled" } | { accessListMode: "Enabled"; accessLists: string[] } | null;
  /** The subjects who may give consent, as `attribute=value` (`approversOf` reads them as roles and packages). */
  approvers: string[];
  /** The obligations' minimum authentication levels, by obligation id's last part. */
  authenticationLevels: Record<string, string>;
  /** Empty when the portal's own policy for these settings says the same as this one. */
  reasons: string[];
};

type TNode = Record<string, unknown>;
type TMatch = { attribute: string; value: string };

const list = (node: unknown, name: string): TNode[] => ((node as TNode | undefined)?.[name] as TNode[]) ?? [];
const child = (node: unknown, name: string) => (node as TNode | undefined)?.[name] as TNode | undefined;
const valueOf = (node: unknown): string =>
  typeof node === "object" && node !== null ? String((node as TNode)["#text"] ?? "") : String(node ?? "");

/** A rule's target as its AnyOfs, each the list of its alternatives (an AllOf of exactly one match, else null). */
function targetOf(rule: TNode): (TMatch | null)[][] {
  return list(child(rule, "Target"), "AnyOf").map((anyOf) =>
    list(anyOf, "AllOf").map((allOf) => {
      const matches = list(allOf, "Match");
      if (matches.length !== 1) return null;
      const attribute = String(child(matches[0], "AttributeDesignator")?.AttributeId ?? "");
      return { attribute, value: valueOf(child(matches[0], "AttributeValue")) };
    }),
  );
}

type TRule = { effect: string; action?: string; resource?: string; subjects: (TMatch | null)[] };

function ruleOf(rule: TNode): TRule {
  const anyOfs = targetOf(rule);
  const only = (attribute: string) =>
    anyOfs.find((alternatives) => alternatives.every((match) => match?.attribute === attribute))?.[0]?.value;
  const subjects = anyOfs.filter(
    (alternatives) => !alternatives.every((m) => m?.attribute === ACTION_ID || m?.attribute === RESOURCE_ATTRIBUTE),
  );
  return {
    effect: String(rule.Effect ?? ""),
    action: only(ACTION_ID)?.toLowerCase(),
    resource: only(RESOURCE_ATTRIBUTE),
    subjects: subjects.length === 1 ? (subjects[0] ?? []) : [null],
  };
}

function requestersOf(rule: TRule | undefined, orgCode: string, reasons: string[]): TDecodedPolicy["requesters"] {
  const subjects = rule?.subjects ?? [];
  if (subjects.length === 0 || subjects.some((subject) => subject === null)) {
    reasons.push("requestersComplex");
    return null;
  }
  const matches = subjects as TMatch[];
  if (matches.every((m) => m.attribute === PARTY_TYPE_ATTRIBUTE && m.value.toLowerCase() === "organization"))
    return { accessListMode: "Disabled" };
  const prefix = `${orgCode.toLowerCase()}:`;
  if (matches.every((m) => m.attribute === ACCESS_LIST_ATTRIBUTE && m.value.toLowerCase().startsWith(prefix)))
    return { accessListMode: "Enabled", accessLists: [...new Set(matches.map((m) => m.value.slice(prefix.length)))] };
  reasons.push("requestersOther");
  return null;
}

/** The policy in the portal's terms; null when it is no XACML policy at all. */
export function decodeConsentPolicy(
  xml: string,
  options: { identifier: string; orgCode: string },
): TDecodedPolicy | null {
  let policy: TNode | undefined;
  try {
    policy = child(parser.parse(xml.replace(/^\uFEFF/, "")), "Policy");
  } catch {
    return null;
  }
  if (!policy) return null;
  const reasons: string[] = [];
  const rules = list(policy, "Rule").map(ruleOf);
  if (rules.length !== 2 || rules.some((rule) => rule.effect !== "Permit")) reasons.push("rulesOther");
  if (rules.some((rule) => rule.resource !== undefined && rule.resource !== options.identifier))
    reasons.push("resourceOther");
  const request = rules.find((rule) => rule.action === REQUEST_CONSENT_ACTION);
  const consent = rules.find((rule) => rule.action === CONSENT_ACTION);
  const requesters = requestersOf(request, options.orgCode, reasons);
  const approvers = (consent?.subjects ?? []).map((m) => (m ? `${m.attribute}=${m.value.toLowerCase()}` : "?"));
  if (!approversOf(approvers)) reasons.push("approversOther");
  const authenticationLevels = Object.fromEntries(
    list(child(policy, "ObligationExpressions"), "ObligationExpression").map((obligation) => [
      String(obligation.ObligationId ?? "")
        .split(":")
        .pop() ?? "",
      valueOf(child(child(obligation, "AttributeAssignmentExpression"), "AttributeValue")),
    ]),
  );
  const expected = String(MINIMUM_AUTHENTICATION_LEVEL);
  const levels = Object.entries(authenticationLevels);
  if (levels.length !== 2 || levels.some(([id, level]) => !/^authenticationLevel[12]$/.test(id) || level !== expected))
    reasons.push("authenticationLevelOther");
  return { requesters, approvers, authenticationLevels, reasons };
}

/**
 * Decoded approvers (`attribute=value`) as the roles and access packages the portal builds a consent rule from, in
 * the policy's order; null when one is neither (or there are none): the portal cannot say that policy.
 */
export function approversOf(approvers: readonly string[]): TConsentApprovers | null {
  const roles: string[] = [];
  const accessPackages: string[] = [];
  for (const approver of approvers) {
    const [attribute, value] = approver.split("=", 2);
    if (attribute === ROLE_ATTRIBUTE && value) roles.push(value);
    else if (attribute === ACCESS_PACKAGE_ATTRIBUTE && value) accessPackages.push(value);
    else return null;
  }
  return roles.length + accessPackages.length > 0 ? { roles, accessPackages } : null;
}
