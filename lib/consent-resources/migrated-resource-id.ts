// Consents given in Altinn 2 and converted by Altinn name their resource `{org}_{serviceCode}_{serviceEditionCode}`
// (altinn-studio-docs, content/authorization/guides/resource-owner/consent/validate-concent/_index.en.md, "Validation of
// converted consents"). A resource migrated from Altinn 2 carries those codes as references (altinn-resource-registry
// test data skd-migrert-4628-1-7381.json: ServiceCode 4628, ServiceEditionCode 1, source Altinn2).

type TReference = { referenceType: string; reference: string };

/** The resource id converted Altinn 2 consents carry, or null when the resource has no Altinn 2 service codes. */
export function migratedResourceId(options: {
  orgCode: string | null | undefined;
  otherReferences: TReference[] | undefined;
}): string | null {
  const find = (type: string) => options.otherReferences?.find((r) => r.referenceType === type)?.reference.trim();
  const serviceCode = find("ServiceCode");
  const editionCode = find("ServiceEditionCode");
  const org = options.orgCode?.trim().toLowerCase();
  return org && serviceCode && editionCode ? `${org}_${serviceCode}_${editionCode}` : null;
}
