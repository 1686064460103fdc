// The XACML 3.0 policy of a consent resource, built the way Altinn's own tools write one. Followed:
//  - Altinn/altinn-studio `src/Designer/backend/PolicyAdmin/PolicyConverter.cs` (what resourceadm uploads): policy id
//    `urn:altinn:policyid:1`, deny-overrides, one AnyOf per kind (subjects, resource, action) with one AllOf per value;
//    subjects and actions matched with `string-equal-ignore-case`, the resource with `string-equal`; an access-list
//    subject `urn:altinn:access-list:{org}:{list}` split into the designator `urn:altinn:access-list` and the value
//    `{org}:{list}`; the authentication-level obligations `authenticationLevel1` (end user) and `authenticationLevel2`
//    (`-org`);
//  - Altinn/altinn-studio `frontend/packages/policy-editor/src/components/ConsentResourcePolicyRulesEditor/
//    ConsentResourcePolicyRulesEditor.tsx`: a consent resource has exactly two rules, "request consent" (either every
//    organisation, `urn:altinn:partytype` = `organization`, or one or more access lists, never both) and "consent";
//  - the real policies in Altinn/altinn-authorization-tmp (test data of the decision point,
//    `.../Data/Xacml/3.0/ResourceRegistry/samtykkeressurs-med-tilgangsliste/policy.xml` and
//    `.../ske-samtykke-sbl-summert-skattegrunnlag/policy.xml`; copies in ../shared/realdata).
// Approvers (rule 2): role codes (`urn:altinn:rolecode`) then access packages (`urn:altinn:accesspackage`), in the
// order the owner chose them, one AllOf each, as the real ske-samtykke-sbl-summert-skattegrunnlag policy writes them
// (lib/consent-rules names the choices). Without a choice, the fixed `dagl`/`priv` of earlier versions.
// Altinn's decision point is never given the caller's organisation number as a subject attribute when it decides
// `requestconsent`, so a rule on `urn:altinn:organization:identifier-no` would permit nobody.

const XACML_NS = "urn:oasis:names:tc:xacml:3.0:core:schema:wd-17";
const STRING = "http://www.w3.org/2001/XMLSchema#string";
const INTEGER = "http://www.w3.org/2001/XMLSchema#integer";
const SUBJECT = "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject";
const RESOURCE = "urn:oasis:names:tc:xacml:3.0:attribute-category:resource";
const ACTION = "urn:oasis:names:tc:xacml:3.0:attribute-category:action";
const ACTION_ID = "urn:oasis:names:tc:xacml:1.0:action:action-id";
const STRING_EQUAL = "urn:oasis:names:tc:xacml:1.0:function:string-equal";
const STRING_EQUAL_IGNORE_CASE = "urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case";

export const PARTY_TYPE_ATTRIBUTE = "urn:altinn:partytype";
export const ACCESS_LIST_ATTRIBUTE = "urn:altinn:access-list";
export const ROLE_ATTRIBUTE = "urn:altinn:rolecode";
export const ACCESS_PACKAGE_ATTRIBUTE = "urn:altinn:accesspackage";
export const REQUEST_CONSENT_ACTION = "requestconsent";
export const CONSENT_ACTION = "consent";
/** Who may give consent when the owner has chosen nothing else (every policy before owners could choose). */
export const APPROVER_ROLES = ["dagl", "priv"] as const;
/** Minimum authentication level for end users and for organisations, as in both real consent policies. */
export const MINIMUM_AUTHENTICATION_LEVEL = 3;

/** The subject value naming an access list: `{orgcode}:{list identifier}` (the list's id under its owner). */
export const accessListSubject = (orgCode: string, listIdentifier: string) => `${orgCode}:${listIdentifier}`;

/**
 * A resource restricted to access lists with no list connected: a policy naming no list would let nobody ask for
 * consent, and one without the restriction would let everybody. Neither is what the owner chose, so nothing is sent.
 */
export class AccessListRequiredError extends Error {
  readonly retryable = false;
  constructor(readonly identifier: string) {
    super(
      `${identifier} is restricted to access lists, but no access list is connected to it in this environment. ` +
        "Connect a list to the resource on the access lists page, then publish again.",
    );
    this.name = "AccessListRequiredError";
  }
}

export type TConsentPolicyInput = {
  identifier: string;
  orgCode: string;
  accessListMode: "Disabled" | "Enabled";
  /** Identifiers of the owner's access lists connected to the resource in the environment published to. */
  accessListIdentifiers: readonly string[];
  /** Who may give consent; `APPROVER_ROLES` when left out. */
  approvers?: TConsentApprovers;
};

export type TConsentApprovers = { roles: readonly string[]; accessPackages: readonly string[] };

/** The approvers a definition names (older definitions without the fields: the defaults). */
export const approversOf = (definition: {
  approverRoles?: readonly string[];
  approverAccessPackages?: readonly string[];
}): TConsentApprovers => ({
  roles: definition.approverRoles ?? APPROVER_ROLES,
  accessPackages: definition.approverAccessPackages ?? [],
});

/** A consent rule without subjects permits nobody and is no rule Studio would write: nothing is sent. */
export class ApproversRequiredError extends Error {
  readonly retryable = false;
  constructor(readonly identifier: string) {
    super(`${identifier} names nobody who may give consent. Choose at least one role or access package.`);
    this.name = "ApproversRequiredError";
  }
}

type TMatch = { matchId: string; value: string; attributeId: string; category: string };

const escapeXml = (value: string) =>
  value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

const indent = (depth: number) => "  ".repeat(depth);

function match({ matchId, value, attributeId, category }: TMatch, depth: number): string {
  return [
    `${indent(depth)}<xacml:Match MatchId="${matchId}">`,
    `${indent(depth + 1)}<xacml:AttributeValue DataType="${STRING}">${escapeXml(value)}</xacml:AttributeValue>`,
    `${indent(depth + 1)}<xacml:AttributeDesignator AttributeId="${attributeId}" Category="${category}" DataType="${STRING}" MustBePresent="false" />`,
    `${indent(depth)}</xacml:Match>`,
  ].join("\n");
}

/** One AnyOf: any of the alternatives (each an AllOf of one match) satisfies it. */
function anyOf(matches: readonly TMatch[], depth: number): string {
  const allOfs = matches.map(
    (m) => `${indent(depth + 1)}<xacml:AllOf>\n${match(m, depth + 2)}\n${indent(depth + 1)}</xacml:AllOf>`,
  );
  return `${indent(depth)}<xacml:AnyOf>\n${allOfs.join("\n")}\n${indent(depth)}</xacml:AnyOf>`;
}

function rule(identifier: string, number: number, subjects: readonly TMatch[], action: string): string {
  const resource: TMatch = {
    matchId: STRING_EQUAL,
    value: identifier,
    attributeId: "urn:altinn:resource",
    category: RESOURCE,
  };
  const actionMatch: TMatch = {
    matchId: STRING_EQUAL_IGNORE_CASE,
    value: action,
    attributeId: ACTION_ID,
    category: ACTION,
  };
  return [
    `  <xacml:Rule RuleId="urn:altinn:resource:${escapeXml(identifier)}:ruleid:${number}" Effect="Permit">`,
    // Empty, as Studio leaves it for consent resources (both real policies): the rules' meaning is fixed.
    `    <xacml:Description></xacml:Description>`,
    `    <xacml:Target>`,
    anyOf(subjects, 3),
    anyOf([resource], 3),
    anyOf([actionMatch], 3),
    `    </xacml:Target>`,
    `  </xacml:Rule>`,
  ].join("\n");
}

function obligation(number: 1 | 2, category: string): string {
  return [
    `    <xacml:ObligationExpression ObligationId="urn:altinn:obligation:authenticationLevel${number}" FulfillOn="Permit">`,
    `      <xacml:AttributeAssignmentExpression AttributeId="urn:altinn:obligation${number}-assignment${number}" Category="${category}">`,
    `        <xacml:AttributeValue DataType="${INTEGER}">${MINIMUM_AUTHENTICATION_LEVEL}</xacml:AttributeValue>`,
    `      </xacml:AttributeAssignmentExpression>`,
    `    </xacml:ObligationExpression>`,
  ].join("\n");
}

const subject = (attributeId: string, value: string): TMatch => ({
  matchId: STRING_EQUAL_IGNORE_CASE,
  value,
  attributeId,
  category: SUBJECT,
});

/** Who may ask for consent: every organisation, or the members of the connected lists (sorted: same lists, same XML). */
function requesters(input: TConsentPolicyInput): TMatch[] {
  if (input.accessListMode === "Disabled") return [subject(PARTY_TYPE_ATTRIBUTE, "organization")];
  const lists = [...new Set(input.accessListIdentifiers)].sort();
  if (lists.length === 0) throw new AccessListRequiredError(input.identifier);
  return lists.map((list) => subject(ACCESS_LIST_ATTRIBUTE, accessListSubject(input.orgCode, list)));
}

/** Who may give consent: each role, then each access package, once, in the order chosen. */
function approvers(input: TConsentPolicyInput): TMatch[] {
  const chosen = input.approvers ?? { roles: APPROVER_ROLES, accessPackages: [] };
  const once = (values: readonly string[]) => [...new Set(values.map((value) => value.toLowerCase()))];
  const matches = [
    ...once(chosen.roles).map((role) => subject(ROLE_ATTRIBUTE, role)),
    ...once(chosen.accessPackages).map((code) => subject(ACCESS_PACKAGE_ATTRIBUTE, code)),
  ];
  if (matches.length === 0) throw new ApproversRequiredError(input.identifier);
  return matches;
}

export function buildConsentPolicy(input: TConsentPolicyInput): string {
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<xacml:Policy PolicyId="urn:altinn:policyid:1" Version="1.0" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides" xmlns:xacml="${XACML_NS}">`,
    `  <xacml:Target />`,
    rule(input.identifier, 1, requesters(input), REQUEST_CONSENT_ACTION),
    rule(input.identifier, 2, approvers(input), CONSENT_ACTION),
    `  <xacml:ObligationExpressions>`,
    obligation(1, "urn:altinn:minimum-authenticationlevel"),
    obligation(2, "urn:altinn:minimum-authenticationlevel-org"),
    `  </xacml:ObligationExpressions>`,
    `</xacml:Policy>`,
  ].join("\n");
}
