import { isRecord } from "./request-body";

export const RESOURCE_TYPES = [
  "Default",
  "Systemresource",
  "MaskinportenSchema",
  "Consent",
  "GenericAccessResource",
  "BrokerService",
  "CorrespondenceService",
  "AltinnApp",
  "Altinn2Service",
] as const;
const STATUSES = ["Completed", "Deprecated", "UnderDevelopment", "Withdrawn"];
const ACCESS_LIST_MODES = ["Disabled", "Enabled"];
const LANGUAGES = ["nb", "nn", "en"] as const;
// Reserved for resources the platform generates from Altinn apps and Altinn 2 services.
const RESERVED_PREFIXES = ["app_", "se_"];

export type ValidationErrors = Record<string, string[]>;

function add(errors: ValidationErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

function checkTexts(errors: ValidationErrors, resource: Record<string, unknown>, field: string): void {
  const texts = resource[field];
  for (const language of LANGUAGES) {
    const text = isRecord(texts) ? texts[language] : undefined;
    if (typeof text !== "string" || !text.trim()) add(errors, `${field}.${language}`, `${field} needs a ${language} text`);
  }
}

function checkEnum(errors: ValidationErrors, resource: Record<string, unknown>, field: string, allowed: readonly string[]): void {
  const value = resource[field];
  if (value !== undefined && value !== null && (typeof value !== "string" || !allowed.includes(value))) {
    add(errors, field, `${field} must be one of ${allowed.join(", ")}`);
  }
}

/**
 * A MaskinportenScope reference must use a prefix the owning organisation has from Digdir;
 * `ownsPrefix` answers that for the caller's organisation.
 */
function checkReferences(errors: ValidationErrors, resource: Record<string, unknown>, ownsPrefix: (prefix: string) => boolean): void {
  const references = resource.resourceReferences;
  if (references === undefined || references === null) return;
  if (!Array.isArray(references)) return add(errors, "resourceReferences", "resourceReferences must be an array");
  references.forEach((reference: unknown, index) => {
    const field = `resourceReferences[${index}].reference`;
    if (!isRecord(reference)) return add(errors, `resourceReferences[${index}]`, "must be an object");
    if (reference.referenceType !== "MaskinportenScope") return;
    const value = reference.reference;
    const prefix = typeof value === "string" ? value.split(":")[0] ?? "" : "";
    if (typeof value !== "string" || !value.includes(":") || !value.split(":")[1]) {
      add(errors, field, "A MaskinportenScope reference must look like prefix:subscope");
    } else if (!ownsPrefix(prefix)) {
      add(errors, field, `Scope prefix "${prefix}" does not belong to the resource owner`);
    }
  });
}

/**
 * The registry's own server-side rules (ServiceResource validation). Consent fields
 * (consentTemplate, consentText, consentMetadata, isOneTimeConsent) are deliberately not
 * checked: the real registry stores them as given, so the portal must check them itself.
 */
export function validateResource(resource: Record<string, unknown>, ownsPrefix: (prefix: string) => boolean): ValidationErrors {
  const errors: ValidationErrors = {};
  const identifier = resource.identifier;
  if (typeof identifier !== "string" || !/^[a-z0-9_-]{4,}$/.test(identifier)) {
    add(errors, "identifier", "identifier must be at least 4 characters of a-z, 0-9, _ and -");
  } else if (RESERVED_PREFIXES.some((prefix) => identifier.startsWith(prefix))) {
    add(errors, "identifier", `identifier must not start with ${RESERVED_PREFIXES.join(" or ")} (reserved)`);
  }
  checkTexts(errors, resource, "title");
  checkTexts(errors, resource, "description");
  if (resource.delegable !== undefined && typeof resource.delegable !== "boolean") {
    add(errors, "delegable", "delegable must be true or false");
  }
  if (resource.delegable !== false) checkTexts(errors, resource, "rightDescription");
  checkEnum(errors, resource, "resourceType", RESOURCE_TYPES);
  checkEnum(errors, resource, "status", STATUSES);
  checkEnum(errors, resource, "accessListMode", ACCESS_LIST_MODES);
  const authority = resource.hasCompetentAuthority;
  if (!isRecord(authority) || (typeof authority.organization !== "string" && typeof authority.orgcode !== "string")) {
    add(errors, "hasCompetentAuthority", "hasCompetentAuthority needs organization (and orgcode)");
  }
  for (const field of ["contactPoints", "keywords", "availableForType"]) {
    const value = resource[field];
    if (value !== undefined && value !== null && !Array.isArray(value)) add(errors, field, `${field} must be an array`);
  }
  checkReferences(errors, resource, ownsPrefix);
  return errors;
}
