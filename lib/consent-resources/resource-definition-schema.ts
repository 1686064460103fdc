import { z } from "zod";
import {
  ACCESS_LIST_MODES,
  AVAILABLE_FOR_TYPES,
  DEFAULT_APPROVER_ROLES,
  DEFINITION_LIMITS,
  LANGUAGES,
} from "./definition-values";

// What a service owner edits for a consent resource: every field the Resource Registry holds for
// `resourceType: "Consent"`, in the portal's shape (metadata as a list, scope references as names). Shared by the
// editor (react-hook-form) and the server actions.
//
// Two kinds of finding, kept apart on purpose:
// - ERRORS (this file): what the registry itself would refuse. A definition with errors cannot be saved. They follow
//   altinn-resource-registry, src/Altinn.ResourceRegistry.Core/Helpers/ServiceResourceHelper.cs (ValidateResource)
//   and the enums the registry deserialises (ResourcePartyType, ResourceAccessListMode).
// - WARNINGS (`definition-problems.ts`): inconsistencies the registry accepts (real resources have them), such as a
//   placeholder without metadata or an unknown contact category. They never stop a save (nothing is lost) but block
//   publishing until fixed.
// Messages are keys under `errors.fields`; one that names something is written `key|value`.

export {
  ACCESS_LIST_MODES,
  AVAILABLE_FOR_TYPES,
  CONTACT_CATEGORIES,
  DEFAULT_APPROVER_ROLES,
  DEFINITION_LIMITS,
  LANGUAGES,
  RESOURCE_STATUSES,
  type TLanguage,
} from "./definition-values";

const text = z.string().trim();
const ZTexts = z.object({ nb: text, nn: text, en: text });

export const ZMetadataKey = z.object({
  key: text,
  /** Stored and published as the registry holds it; Altinn ignores it today (every declared key is required, AM-00008). */
  optional: z.boolean().default(false),
});

export const ZContactPoint = z.object({ category: text, email: text, telephone: text, contactPage: text });

export const ZKeyword = z.object({ word: text, language: text });

/** A resource reference other than a Maskinporten scope, kept as the registry holds it (e.g. Altinn 2 ServiceCode). */
export const ZOtherReference = z.object({ referenceSource: text, reference: text, referenceType: text });

/** The fields and their types only: how a stored version is read back (`readStoredDefinition`). */
export const ZDefinitionFields = z.object({
  identifier: text,
  title: ZTexts,
  description: ZTexts,
  rightDescription: ZTexts,
  consentTemplate: text,
  consentText: ZTexts,
  consentMetadata: z.array(ZMetadataKey),
  isOneTimeConsent: z.boolean(),
  /** Names of the owner's own Maskinporten scopes, e.g. `skd:inntekt.read`. */
  scopeReferences: z.array(text),
  otherReferences: z.array(ZOtherReference).default([]),
  contactPoints: z.array(ZContactPoint),
  status: text,
  availableForType: z.array(z.enum(AVAILABLE_FOR_TYPES)).default([]),
  keywords: z.array(ZKeyword),
  accessListMode: z.enum(ACCESS_LIST_MODES),
  /**
   * Who may give consent (the policy's `consent` rule, lib/consent-rules): role codes (`urn:altinn:rolecode`) and
   * access package codes (`urn:altinn:accesspackage`). Left out, they mean the fixed `dagl`/`priv` every policy named
   * before owners could choose (`approversOf` in lib/publishing/build-consent-policy.ts), so older versions and
   * documents without the fields read back unchanged and build the same policy.
   */
  approverRoles: z.array(text.toLowerCase()).optional(),
  approverAccessPackages: z.array(text.toLowerCase()).optional(),
});

type TFields = z.output<typeof ZDefinitionFields>;
export type TRegistryError = { path: (string | number)[]; message: string };

const IDENTIFIER = /^[a-z0-9_-]{4,}$/;

/** Texts longer than `DEFINITION_LIMITS`, each at its field (`tooLong|<max>`). */
export function limitErrors(definition: Pick<TFields, "identifier" | keyof typeof DEFINITION_LIMITS>) {
  const errors: TRegistryError[] = [];
  const tooLong = (max: number) => `tooLong|${max}`;
  if (definition.identifier.length > DEFINITION_LIMITS.identifier)
    errors.push({ path: ["identifier"], message: tooLong(DEFINITION_LIMITS.identifier) });
  for (const field of ["title", "description", "rightDescription", "consentText"] as const) {
    for (const language of LANGUAGES) {
      if ((definition[field][language] ?? "").length > DEFINITION_LIMITS[field])
        errors.push({ path: [field, language], message: tooLong(DEFINITION_LIMITS[field]) });
    }
  }
  return errors;
}
const SCOPE_NAME = /^[a-z0-9]+:[a-z0-9]+([./][a-z0-9]+)*$/;

/**
 * ServiceResourceHelper.IsInvalidServiceEngineResource: `se_` is for Altinn 2 services, i.e. only with both a
 * ServiceCode and a ServiceEditionCode reference. `app_` is for Altinn Studio apps, never a consent resource.
 */
function reservedPrefix(definition: Pick<TFields, "identifier" | "otherReferences">): boolean {
  if (definition.identifier.startsWith("app_")) return true;
  if (!definition.identifier.startsWith("se_")) return false;
  const types = new Set(definition.otherReferences.map((r) => r.referenceType));
  return !(types.has("ServiceCode") && types.has("ServiceEditionCode"));
}

/** What the registry would refuse, each at its field. */
export function registryErrors(definition: TFields): TRegistryError[] {
  const errors: TRegistryError[] = [];
  if (!IDENTIFIER.test(definition.identifier)) errors.push({ path: ["identifier"], message: "resourceIdentifier" });
  else if (reservedPrefix(definition)) errors.push({ path: ["identifier"], message: "resourceIdentifierReserved" });
  // Title and description always; the right's description because the portal's resources are always delegable.
  for (const field of ["title", "description", "rightDescription"] as const) {
    for (const language of LANGUAGES) {
      if (!definition[field][language]) errors.push({ path: [field, language], message: "required" });
    }
  }
  // The registry answers 401 InvalidPrefix for a scope that is not the owner's (DOMAIN.md); the save checks the owner.
  definition.scopeReferences.forEach((scope, index) => {
    if (!SCOPE_NAME.test(scope)) errors.push({ path: ["scopeReferences", index], message: "scopeName" });
  });
  // A `consent` rule without subjects is no rule Altinn can evaluate (Studio refuses it: "subjectsError").
  const approvers = [
    ...(definition.approverRoles ?? DEFAULT_APPROVER_ROLES),
    ...(definition.approverAccessPackages ?? []),
  ];
  if (approvers.length === 0) errors.push({ path: ["approverRoles"], message: "required" });
  return errors;
}

export const ZConsentResourceDefinition = ZDefinitionFields.superRefine((definition, ctx) => {
  for (const error of [...limitErrors(definition), ...registryErrors(definition)])
    ctx.addIssue({ code: "custom", path: error.path, message: error.message });
});

export type TConsentResourceDefinition = z.output<typeof ZConsentResourceDefinition>;

/**
 * A stored version read back: older versions lack fields added since (they get their defaults). Never refuses: a
 * version that does not match is returned as stored, so it can still be shown and corrected.
 */
export function readStoredDefinition(content: unknown): TConsentResourceDefinition {
  const parsed = ZDefinitionFields.safeParse(content);
  return parsed.success ? parsed.data : (content as TConsentResourceDefinition);
}
