import { z } from "zod";
import { isAllowedLinkTarget, linkTargetsIn, placeholdersIn } from "./placeholders";

// What a service owner edits for a consent resource: every field the Resource Registry accepts for
// `resourceType: "Consent"`, in the portal's shape (metadata as a list, scope references as names).
// Shared by the editor (react-hook-form) and the server actions. Messages are keys under
// `errors.fields`; messages that name a key are built by `consentTextProblems` below.

export const LANGUAGES = ["nb", "nn", "en"] as const;
export type TLanguage = (typeof LANGUAGES)[number];

export const CONSENT_TEMPLATES = ["default", "poa", "samtykkemal_simpleconsent"] as const;
export const RESOURCE_STATUSES = ["UnderDevelopment", "Completed", "Deprecated", "Withdrawn"] as const;
export const AVAILABLE_FOR_TYPES = ["PrivatePerson", "LegalEntityEnterprise", "Company", "BankruptcyEstate", "SelfRegisteredUser"] as const;
export const CONTACT_CATEGORIES = ["Support", "Technical", "Legal", "Other"] as const;

const required = z.string().trim().min(1, { message: "required" });
export const ZLocalized = z.object({ nb: required, nn: required, en: required });

export const ZResourceIdentifier = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{4,}$/, { message: "resourceIdentifier" })
  .refine((id) => !id.startsWith("app_") && !id.startsWith("se_"), { message: "resourceIdentifierReserved" });

export const ZMetadataKey = z.object({
  key: z.string().trim().regex(/^[a-z]+$/, { message: "metadataKey" }),
  optional: z.boolean(),
});

export const ZContactPoint = z.object({
  category: z.enum(CONTACT_CATEGORIES),
  email: z.union([z.literal(""), z.email({ message: "email" })]),
  telephone: z.string().trim().max(30),
  contactPage: z.union([z.literal(""), z.url({ protocol: /^https?$/, message: "url" })]),
});

export const ZKeyword = z.object({ word: required, language: z.enum(LANGUAGES) });

const ZDefinitionShape = z.object({
  identifier: ZResourceIdentifier,
  title: ZLocalized,
  description: ZLocalized,
  rightDescription: ZLocalized,
  consentTemplate: z.enum(CONSENT_TEMPLATES),
  consentText: ZLocalized,
  consentMetadata: z.array(ZMetadataKey),
  isOneTimeConsent: z.boolean(),
  /** Names of the owner's own Maskinporten scopes, e.g. `skd:inntekt.read`. */
  scopeReferences: z.array(z.string().trim().regex(/^[a-z0-9]+:[a-z0-9]+([./][a-z0-9]+)*$/, { message: "scopeName" })),
  contactPoints: z.array(ZContactPoint).min(1, { message: "contactPointRequired" }),
  status: z.enum(RESOURCE_STATUSES),
  availableForType: z.array(z.enum(AVAILABLE_FOR_TYPES)).min(1, { message: "availableForRequired" }),
  keywords: z.array(ZKeyword),
  accessListMode: z.enum(["Disabled", "Enabled"]),
});

export type TConsentTextProblem = { path: (string | number)[]; message: string; key: string; language?: TLanguage };

/**
 * The cross-checks the registry does not do: every `{key}` in a consent text is declared as
 * metadata, every declared key is used in each language's text, keys are unique, and links go to
 * http(s) or a placeholder. Each problem names its key.
 */
export function consentTextProblems(definition: {
  consentText: Record<TLanguage, string>;
  consentMetadata: { key: string }[];
}): TConsentTextProblem[] {
  const declared = definition.consentMetadata.map((m) => m.key);
  const problems: TConsentTextProblem[] = [];
  declared.forEach((key, index) => {
    if (declared.indexOf(key) !== index) problems.push({ path: ["consentMetadata", index, "key"], message: "metadataKeyDuplicate", key });
  });
  for (const language of LANGUAGES) {
    const text = definition.consentText[language] ?? "";
    const used = placeholdersIn(text);
    for (const key of used.filter((k) => !declared.includes(k))) {
      problems.push({ path: ["consentText", language], message: "placeholderUndeclared", key, language });
    }
    for (const key of declared.filter((k) => k && !used.includes(k))) {
      problems.push({ path: ["consentText", language], message: "metadataUnused", key, language });
    }
    for (const target of linkTargetsIn(text).filter((t) => !isAllowedLinkTarget(t))) {
      problems.push({ path: ["consentText", language], message: "consentTextLink", key: target, language });
    }
  }
  return problems;
}

/** Zod messages are keys; a problem that names a key carries it as `key|value` for the form to fill in. */
export const ZConsentResourceDefinition = ZDefinitionShape.superRefine((definition, ctx) => {
  for (const problem of consentTextProblems(definition)) {
    ctx.addIssue({ code: "custom", path: problem.path, message: `${problem.message}|${problem.key}` });
  }
});

export type TConsentResourceDefinition = z.infer<typeof ZConsentResourceDefinition>;
