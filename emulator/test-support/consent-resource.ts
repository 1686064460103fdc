/**
 * Test data shaped like Altinn's own example `stami-samtykke-must.json`
 * (Altinn/altinn-resource-registry, test data): a consent resource with a template,
 * texts in three languages with `{key}` placeholders, and declared metadata.
 */
export const STAMI_ORG_NUMBER = "874761222";

const CONSENT_TEXT =
  "[Les informasjonsskrivet på nytt her]({samtykkelink})\n\n" +
  "Jeg har mottatt og forstått informasjonen om MUST.\n\n" +
  "Klikk «Ja, jeg gir samtykke» for **tillatelse** til at resultatene deles med {virksomhet}.";

export function stamiConsentResource(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const title = "Samtykkeerklæring Medarbeiderundersøkelsen i staten - MUST";
  return {
    identifier: "stami-samtykke-must",
    version: "1.6",
    title: { en: title, nb: title, nn: title },
    description: { en: title, nb: title, nn: title },
    rightDescription: { en: "Test", nb: "Test", nn: "Test" },
    status: "UnderDevelopment",
    contactPoints: [{ category: "Tilbakemeldinger", email: "survey@stami.no", telephone: "", contactPage: "" }],
    delegable: true,
    visible: false,
    hasCompetentAuthority: {
      name: {
        en: "The National Institute of Occupational Health",
        nb: "Statens arbeidsmiljøinstitutt",
        nn: "Statens arbeidsmiljøinstitutt",
      },
      organization: STAMI_ORG_NUMBER,
      orgcode: "stami",
    },
    accessListMode: "Disabled",
    selfIdentifiedUserEnabled: false,
    enterpriseUserEnabled: false,
    resourceType: "Consent",
    availableForType: ["PrivatePerson"],
    consentTemplate: "samtykkemal_simpleconsent",
    consentText: { en: CONSENT_TEXT, nb: CONSENT_TEXT, nn: CONSENT_TEXT },
    consentMetadata: { virksomhet: { optional: false }, samtykkelink: { optional: false } },
    isOneTimeConsent: false,
    ...overrides,
  };
}

/** The default consent policy: organisations (or an access list) may request, the person consents. */
export function consentPolicyXml(
  resourceId: string,
  requestSubject = { id: "urn:altinn:organization:identifier-no", value: "313876144" },
): string {
  const match = (value: string, id: string, category: string) => `
        <xacml:Match MatchId="urn:oasis:names:tc:xacml:1.0:function:string-equal">
          <xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">${value}</xacml:AttributeValue>
          <xacml:AttributeDesignator AttributeId="${id}" Category="${category}" DataType="http://www.w3.org/2001/XMLSchema#string" MustBePresent="false"/>
        </xacml:Match>`;
  const subject = "urn:oasis:names:tc:xacml:1.0:subject-category:access-subject";
  const resource = "urn:oasis:names:tc:xacml:3.0:attribute-category:resource";
  const action = "urn:oasis:names:tc:xacml:3.0:attribute-category:action";
  const actionId = "urn:oasis:names:tc:xacml:1.0:action:action-id";
  const rule = (ruleId: string, subjectMatch: string, actionName: string) => `
  <xacml:Rule RuleId="${ruleId}" Effect="Permit">
    <xacml:Target>
      <xacml:AnyOf><xacml:AllOf>${subjectMatch}
      </xacml:AllOf></xacml:AnyOf>
      <xacml:AnyOf><xacml:AllOf>${match(resourceId, "urn:altinn:resource", resource)}
      </xacml:AllOf></xacml:AnyOf>
      <xacml:AnyOf><xacml:AllOf>${match(actionName, actionId, action)}
      </xacml:AllOf></xacml:AnyOf>
    </xacml:Target>
  </xacml:Rule>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<xacml:Policy xmlns:xacml="urn:oasis:names:tc:xacml:3.0:core:schema:wd-17" PolicyId="urn:altinn:policyid:1" Version="1.0"
  RuleCombiningAlgId="urn:oasis:names:tc:xacml:3.0:rule-combining-algorithm:deny-overrides">
  <xacml:Target/>${rule("urn:altinn:resource:rule:1", match(requestSubject.value, requestSubject.id, subject), "requestconsent")}${rule(
    "urn:altinn:resource:rule:2",
    match("dagl", "urn:altinn:rolecode", subject),
    "consent",
  )}
</xacml:Policy>`;
}
