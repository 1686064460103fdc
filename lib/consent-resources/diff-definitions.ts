import { LANGUAGES, type TConsentResourceDefinition, type TLanguage } from "./resource-definition-schema";

// A readable comparison of two definitions: each field (and each language of a text) that differs,
// with its old and new value. Lists are compared as a whole, written as one line per entry.

export type TFieldName = keyof TConsentResourceDefinition;

export type TFieldChange = {
  field: TFieldName;
  language?: TLanguage;
  before: string;
  after: string;
};

const LOCALIZED_FIELDS = ["title", "description", "rightDescription", "consentText"] as const satisfies TFieldName[];

/** Every field in the editor's order, for labels and for the comparison's order. */
export const DEFINITION_FIELDS: TFieldName[] = [
  "identifier",
  "title",
  "description",
  "rightDescription",
  "consentTemplate",
  "consentText",
  "consentMetadata",
  "isOneTimeConsent",
  "scopeReferences",
  "otherReferences",
  "contactPoints",
  "status",
  "availableForType",
  "keywords",
  "accessListMode",
];

function asText(field: TFieldName, definition: TConsentResourceDefinition): string {
  switch (field) {
    case "consentMetadata":
      return definition.consentMetadata.map((m) => `${m.key}${m.optional ? " (optional)" : ""}`).join("\n");
    case "otherReferences":
      // Versions saved before the field existed have none.
      return (definition.otherReferences ?? [])
        .map((r) => `${r.referenceType} ${r.reference} (${r.referenceSource})`)
        .join("\n");
    case "contactPoints":
      return definition.contactPoints
        .map((p) => [p.category, p.email, p.telephone, p.contactPage].filter(Boolean).join(" · "))
        .join("\n");
    case "keywords":
      return definition.keywords.map((k) => `${k.word} (${k.language})`).join("\n");
    case "scopeReferences":
    case "availableForType":
      return definition[field].join("\n");
    case "isOneTimeConsent":
      return definition.isOneTimeConsent ? "true" : "false";
    default: {
      const value = definition[field];
      return typeof value === "string" ? value : JSON.stringify(value);
    }
  }
}

export function diffDefinitions(before: TConsentResourceDefinition, after: TConsentResourceDefinition): TFieldChange[] {
  const changes: TFieldChange[] = [];
  for (const field of DEFINITION_FIELDS) {
    if ((LOCALIZED_FIELDS as readonly TFieldName[]).includes(field)) {
      const key = field as (typeof LOCALIZED_FIELDS)[number];
      for (const language of LANGUAGES) {
        const [old, now] = [before[key][language], after[key][language]];
        if (old !== now) changes.push({ field, language, before: old, after: now });
      }
      continue;
    }
    const [old, now] = [asText(field, before), asText(field, after)];
    if (old !== now) changes.push({ field, before: old, after: now });
  }
  return changes;
}
