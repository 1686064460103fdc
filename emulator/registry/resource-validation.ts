import { isRecord } from "./request-body";

// ResourceType and ResourceAccessListMode are enums in ServiceResource; `status` is a free string.
export const RESOURCE_TYPES = [
  "Default",
  "Systemresource",
  "MaskinportenSchema",
  "Altinn2Service",
  "AltinnApp",
  "GenericAccessResource",
  "BrokerService",
  "CorrespondenceService",
  "Consent",
  "MigratedApp",
] as const;
const ACCESS_LIST_MODES = ["Disabled", "Enabled"];

export type ValidationErrors = Record<string, string[]>;

function add(errors: ValidationErrors, key: string, message: string): void {
  (errors[key] ??= []).push(message);
}

function hasText(resource: Record<string, unknown>, field: string, language: string): boolean {
  const texts = resource[field];
  const text = isRecord(texts) ? texts[language] : undefined;
  return typeof text === "string" && text.trim() !== "";
}

/**
 * Model binding (System.Text.Json into ServiceResource): values of the wrong JSON type, or enum names that do
 * not exist, are model-state errors keyed by JSON path, answered by `ValidationProblem(ModelState)`.
 */
export function bindingErrors(resource: Record<string, unknown>): ValidationErrors {
  const errors: ValidationErrors = {};
  const enumField = (field: string, allowed: readonly string[], type: string) => {
    const value = resource[field];
    if (value !== undefined && value !== null && (typeof value !== "string" || !allowed.includes(value))) {
      add(errors, `$.${field}`, `The JSON value could not be converted to ${type}. Path: $.${field}`);
    }
  };
  enumField("resourceType", RESOURCE_TYPES, "Altinn.ResourceRegistry.Core.Enums.ResourceType");
  enumField("accessListMode", ACCESS_LIST_MODES, "Altinn.ResourceRegistry.Core.Enums.ResourceAccessListMode");
  for (const field of [
    "delegable",
    "visible",
    "isOneTimeConsent",
    "selfIdentifiedUserEnabled",
    "enterpriseUserEnabled",
  ]) {
    const value = resource[field];
    if (value !== undefined && typeof value !== "boolean")
      add(errors, `$.${field}`, `The JSON value could not be converted to System.Boolean. Path: $.${field}`);
  }
  for (const field of ["identifier", "version", "status"]) {
    const value = resource[field];
    if (value !== undefined && value !== null && typeof value !== "string")
      add(errors, `$.${field}`, `The JSON value could not be converted to System.String. Path: $.${field}`);
  }
  for (const field of ["contactPoints", "keywords", "availableForType", "resourceReferences"]) {
    const value = resource[field];
    if (value !== undefined && value !== null && !Array.isArray(value))
      add(errors, `$.${field}`, `The JSON value could not be converted to a list. Path: $.${field}`);
  }
  return errors;
}

/**
 * ServiceResourceHelper.ValidateResource (Altinn/altinn-resource-registry,
 * src/Altinn.ResourceRegistry.Core/Helpers/ServiceResourceHelper.cs): keys and messages as Altinn writes them.
 * The identifier pattern is checked on create only. Consent fields are not checked (the portal must).
 */
export function validateResource(resource: Record<string, unknown>, isNew: boolean): ValidationErrors {
  const errors: ValidationErrors = {};
  const identifier = typeof resource.identifier === "string" ? resource.identifier : "";
  const type = typeof resource.resourceType === "string" ? resource.resourceType : "Default";
  const references = Array.isArray(resource.resourceReferences) ? resource.resourceReferences.filter(isRecord) : [];
  const hasReference = (referenceType: string) =>
    references.some((reference) => reference.referenceType === referenceType);
  if (identifier.startsWith("se_") && !(hasReference("ServiceCode") && hasReference("ServiceEditionCode"))) {
    add(errors, "Identifier", "Invalid prefix. Only to be used for Altinn 2 services");
  }
  if (identifier.startsWith("app_") && type !== "AltinnApp" && type !== "MigratedApp") {
    add(errors, "Identifier", "Invalid Prefix. app_ is only for Altinn Studio apps");
  }
  if (type === "Default") add(errors, "ResourceType", "ResourceType needs to be set");
  const authority = isRecord(resource.hasCompetentAuthority) ? resource.hasCompetentAuthority : undefined;
  const orgcode = typeof authority?.orgcode === "string" ? authority.orgcode : undefined;
  // TTD has no organisation number; everyone else needs one.
  const ownerValid =
    authority !== undefined &&
    (orgcode?.toLowerCase() === "ttd" ||
      (typeof authority.organization === "string" && authority.organization.trim() !== ""));
  if (!ownerValid)
    add(
      errors,
      "HasCompetentAuthority.Organization",
      "HasCompetentAuthority needs to be set with valid organization number",
    );
  if (isNew && !/^[a-z0-9_-]{4,}$/.test(identifier) && !/^app_[a-z0-9]+_a1-.+:[a-z0-9.]+$/i.test(identifier)) {
    add(errors, "Identifier", "Invalid id. Only a-z and 0-9 is allowed together with _ and -.  Minimum 4 characters");
  }
  const languages = [
    ["en", "english"],
    ["nb", "bokmal"],
    ["nn", "nynorsk"],
  ] as const;
  for (const [code, name] of languages)
    if (!hasText(resource, "title", code)) add(errors, "Title", `Missing title in ${name} ${code}`);
  if (resource.delegable !== false) {
    for (const [code, name] of languages) {
      if (!hasText(resource, "rightDescription", code))
        add(errors, "RightDescription", `Missing RightDescription in ${name} ${code}`);
    }
  }
  for (const [code, name] of languages) {
    if (!hasText(resource, "description", code)) add(errors, "Description", `Missing Description in ${name} ${code}`);
  }
  if (type === "MaskinportenSchema" && !hasReference("MaskinportenScope")) {
    add(errors, "ResourceReferences", "Missing maskinporten scopen for MaskinportenSchema resource");
  }
  return errors;
}

/** MaskinportenSchemaAuthorizer.GetMaskinportenScopesFromServiceResource. */
export function maskinportenScopes(resource: Record<string, unknown>): string[] {
  const references = Array.isArray(resource.resourceReferences) ? resource.resourceReferences.filter(isRecord) : [];
  return references
    .filter((reference) => reference.referenceType === "MaskinportenScope" && typeof reference.reference === "string")
    .map((reference) => reference.reference as string);
}
