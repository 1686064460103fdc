// The values of a consent resource's definition that the editor shows (languages, statuses, limits), without zod, so
// the editor's first render does not load the schema (issue 17: zod loads at a form's first check). The schema
// (resource-definition-schema.ts) builds on these and re-exports them for server code.

export const LANGUAGES = ["nb", "nn", "en"] as const;
export type TLanguage = (typeof LANGUAGES)[number];

/** The statuses the editor offers; the registry stores `status` as free text (ServiceResource.cs). */
export const RESOURCE_STATUSES = ["UnderDevelopment", "Completed", "Deprecated", "Withdrawn"] as const;
/** ResourcePartyType.cs: the registry refuses any other value. */
export const AVAILABLE_FOR_TYPES = [
  "PrivatePerson",
  "LegalEntityEnterprise",
  "Company",
  "BankruptcyEstate",
  "SelfRegisteredUser",
] as const;
/** The categories the editor offers; the registry takes any text (ContactPoint.cs), e.g. `Tilbakemeldinger`. */
export const CONTACT_CATEGORIES = ["Support", "Technical", "Legal", "Other"] as const;
export const ACCESS_LIST_MODES = ["Disabled", "Enabled"] as const;
/** The approvers of every policy before owners could choose them: the roles `dagl` (daglig leder) and `priv`. */
export const DEFAULT_APPROVER_ROLES = ["dagl", "priv"] as const;

/**
 * The most each text may hold, told beside the field and checked before sending. The registry's own rule for an
 * identifier has no upper bound (altinn-resource-registry, ServiceResourceHelper.cs: `^[a-z0-9_-]{4,}$`), but
 * Altinn's services that take a resource id refuse more than 255 characters (Altinn/altinn-broker and
 * Altinn/altinn-correspondence, ResourceIdentifierAttribute: `[^:]{1,255}`). The texts' limits are the portal's:
 * far above real resources' texts (../shared/realdata: at most 845 characters) and well under what one save may
 * send, so an oversized paste gets a field message instead of a refused request.
 */
export const DEFINITION_LIMITS = {
  identifier: 255,
  title: 255,
  description: 10_000,
  rightDescription: 10_000,
  consentText: 10_000,
} as const;

/** Prefix of definition fields in the save action's field errors (`ZSaveConsentResource` in schemas.ts). */
export const DEFINITION_FIELD_PREFIX = "definition.";
