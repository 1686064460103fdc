import type { TServiceResource } from "../resource-registry-client";

// A consent resource owned by Skatteetaten and its default XACML policy, for the contract tests.

const SKD = "974761076";

export const texts = (text: string) => ({ nb: text, nn: text, en: text });

export function consentResource(identifier: string): TServiceResource {
  return {
    identifier,
    title: texts("Samtykke til inntekt"),
    description: texts("Inntektsopplysninger"),
    rightDescription: texts("Gir tilgang til inntekt"),
    status: "Completed",
    resourceType: "Consent",
    delegable: true,
    visible: true,
    hasCompetentAuthority: { organization: SKD, orgcode: "skd" },
    resourceReferences: [
      { referenceSource: "Default", reference: "skd:inntekt.read", referenceType: "MaskinportenScope" },
    ],
    contactPoints: [{ category: "Support", email: "support@skatteetaten.no", telephone: "", contactPage: "" }],
    accessListMode: "Disabled",
    consentTemplate: "default",
    consentText: texts("Inntekt for {inntektsaar}"),
    consentMetadata: { inntektsaar: { optional: false } },
    isOneTimeConsent: false,
  };
}

export function consentPolicy(resourceId: string, requesterOrg: string): string {
  const match = (value: string, id: string, category: string) =>
    `<xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal"><xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">${value}</xacml:AttributeValue><xacml:AttributeDesignator AttributeId="${id}" Category="${category}" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/></xacml:Match>`;
  const rule = (n: number, subject: string, action: string) =>
    `<xacml:Rule RuleId="urn:altinn:resource:rule:${n}" Effect="Permit"><xacml:Target>` +
    `<xacml:AnyOf><xacml:AllOf>${subject}</xacml:AllOf></xacml:AnyOf>` +
    `<xacml:AnyOf><xacml:AllOf>${match(resourceId, "urn:altinn:resource", "urn:oasis:names:tc:xacml:3.0:attribute-category:resource")}</xacml:AllOf></xacml:AnyOf>` +
    `<xacml:AnyOf><xacml:AllOf>${match(action, "urn:oasis:names:tc:xacml:1.0:action:action-id", "urn:oasis:names:tc:xacml:3.0:attribute-category:action")}</xacml:AllOf></xacml:AnyOf>` +
    `</xacml:Target></xacml:Rule>`;
  const subjectCategory = "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject";
  return `<?xml version="1.0" encoding="utf-8"?><xacml:Policy xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" PolicyId="urn:altinn:policyid:1" Version="1.0" RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides"><xacml:Target/>${rule(1, match(requesterOrg, "urn:altinn:organization:identifier-no", subjectCategory), "requestconsent")}${rule(2, match("dagl", "urn:altinn:rolecode", subjectCategory), "consent")}${rule(3, match("priv", "urn:altinn:rolecode", subjectCategory), "consent")}</xacml:Policy>`;
}
