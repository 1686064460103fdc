// The default XACML 3.0 policy of a consent resource (DOMAIN.md, "Default consent policy"):
//  rule 1 lets organisations ask for consent (`requestconsent`): any organisation with a Norwegian
//         organisation number, or, with `accessListMode: "Enabled"`, only members of the resource's
//         access list;
//  rule 2 lets the roles that may approve give it (`consent`): `dagl` (general manager, for an
//         organisation) and `priv` (a private person for themselves).
// Each rule names the resource, as Altinn's policies do; the registry refuses a policy naming another.

const XACML_NS = "urn:oasis:names:tc:xacml:3.0:core:schema:wd-17";
const STRING = "http://www.w3.org/2001/XMLSchema#string";
const SUBJECT = "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject";
const RESOURCE = "urn:oasis:names:tc:xacml:3.0:attribute-category:resource";
const ACTION = "urn:oasis:names:tc:xacml:3.0:attribute-category:action";
const ACTION_ID = "urn:oasis:names:tc:xacml:1.0:action:action-id";
const STRING_EQUAL = "urn:oasis:names:tc:xacml:1.0:function:string-equal";
const STRING_EQUAL_IGNORE_CASE = "urn:oasis:names:tc:xacml:3.0:function:string-equal-ignore-case";
// XACML has no "attribute present" match; a regexp over the value says "any organisation number".
const STRING_REGEXP = "urn:oasis:names:tc:xacml:1.0:function:string-regexp-match";

export const APPROVER_ROLES = ["dagl", "priv"] as const;

/**
 * The access list whose members may request consent when `accessListMode` is `Enabled`. The list itself
 * is made by the access-list feature; until then this convention names it: `{orgcode}:{identifier}-consumers`.
 */
export const consentAccessListSubject = (orgCode: string, identifier: string) => `${orgCode}:${identifier}-consumers`;

type TMatch = { matchId: string; value: string; attributeId: string; category: string };

const escapeXml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

function match({ matchId, value, attributeId, category }: TMatch): string {
  return (
    `<xacml:Match MatchId="${matchId}">` +
    `<xacml:AttributeValue DataType="${STRING}">${escapeXml(value)}</xacml:AttributeValue>` +
    `<xacml:AttributeDesignator AttributeId="${attributeId}" Category="${category}" DataType="${STRING}" MustBePresent="false"/>` +
    `</xacml:Match>`
  );
}

/** One AnyOf: any of the alternatives (each an AllOf of one match) satisfies it. */
const anyOf = (matches: TMatch[]) =>
  `<xacml:AnyOf>${matches.map((m) => `<xacml:AllOf>${match(m)}</xacml:AllOf>`).join("")}</xacml:AnyOf>`;

function rule(options: { identifier: string; number: number; description: string; subjects: TMatch[]; action: string }): string {
  const resource: TMatch = { matchId: STRING_EQUAL, value: options.identifier, attributeId: "urn:altinn:resource", category: RESOURCE };
  const action: TMatch = { matchId: STRING_EQUAL, value: options.action, attributeId: ACTION_ID, category: ACTION };
  return (
    `<xacml:Rule RuleId="urn:altinn:resource:${escapeXml(options.identifier)}:ruleid:${options.number}" Effect="Permit">` +
    `<xacml:Description>${escapeXml(options.description)}</xacml:Description>` +
    `<xacml:Target>${anyOf(options.subjects)}${anyOf([resource])}${anyOf([action])}</xacml:Target>` +
    `</xacml:Rule>`
  );
}

export function buildConsentPolicy(options: { identifier: string; orgCode: string; accessListMode: "Disabled" | "Enabled" }): string {
  const { identifier, orgCode, accessListMode } = options;
  const requesters: TMatch[] =
    accessListMode === "Enabled"
      ? [{ matchId: STRING_EQUAL, value: consentAccessListSubject(orgCode, identifier), attributeId: "urn:altinn:access-list", category: SUBJECT }]
      : [{ matchId: STRING_REGEXP, value: "^[0-9]{9}$", attributeId: "urn:altinn:organization:identifier-no", category: SUBJECT }];
  const approvers: TMatch[] = APPROVER_ROLES.map((role) => ({
    matchId: STRING_EQUAL_IGNORE_CASE,
    value: role,
    attributeId: "urn:altinn:rolecode",
    category: SUBJECT,
  }));
  return (
    `<?xml version="1.0" encoding="utf-8"?>` +
    `<xacml:Policy xmlns:xacml="${XACML_NS}" PolicyId="urn:altinn:policyid:${escapeXml(identifier)}" Version="1.0" ` +
    `RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">` +
    `<xacml:Target/>` +
    rule({ identifier, number: 1, description: "Organisations may request consent", subjects: requesters, action: "requestconsent" }) +
    rule({ identifier, number: 2, description: "The general manager or the person may give consent", subjects: approvers, action: "consent" }) +
    `</xacml:Policy>`
  );
}
