import {
  DEFAULT_APPROVER_ROLES,
  LANGUAGES,
  type TConsentResourceDefinition,
  type TLanguage,
} from "./resource-definition-schema";

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
  "approverRoles",
  "approverAccessPackages",
];

/**
 * How values are written: the comparison uses the raw values; the page passes words in the reader's language for
 * enum values (`Disabled`, `PrivatePerson`, `Support`, `nb`), yes/no and "optional", so no raw value is shown.
 */
export type TValueWords = {
  optional: string;
  yes: string;
  no: string;
  option: (field: TFieldName, value: string) => string;
};

const RAW: TValueWords = { optional: "(optional)", yes: "true", no: "false", option: (_field, value) => value };

function asText(field: TFieldName, definition: TConsentResourceDefinition, words: TValueWords = RAW): string {
  const option = (value: string) => words.option(field, value);
  switch (field) {
    case "consentMetadata":
      return definition.consentMetadata.map((m) => `${m.key}${m.optional ? ` ${words.optional}` : ""}`).join("\n");
    case "otherReferences":
      // Versions saved before the field existed have none.
      return (definition.otherReferences ?? [])
        .map((r) => `${r.referenceType} ${r.reference} (${r.referenceSource})`)
        .join("\n");
    case "contactPoints":
      return definition.contactPoints
        .map((p) => [p.category && option(p.category), p.email, p.telephone, p.contactPage].filter(Boolean).join(" · "))
        .join("\n");
    case "keywords":
      return definition.keywords.map((k) => `${k.word} (${option(k.language)})`).join("\n");
    case "scopeReferences":
      return definition[field].join("\n");
    // Who may approve (issue 15.1): a version saved before the choice existed has Altinn's two roles.
    case "approverRoles":
      return (definition.approverRoles ?? DEFAULT_APPROVER_ROLES).join("\n");
    case "approverAccessPackages":
      return (definition.approverAccessPackages ?? []).join("\n");
    case "availableForType":
      return definition[field].map(option).join("\n");
    case "isOneTimeConsent":
      return definition.isOneTimeConsent ? words.yes : words.no;
    case "status":
    case "accessListMode":
      return option(definition[field]);
    default: {
      const value = definition[field];
      return typeof value === "string" ? value : JSON.stringify(value);
    }
  }
}

export function diffDefinitions(
  before: TConsentResourceDefinition,
  after: TConsentResourceDefinition,
  words: TValueWords = RAW,
): TFieldChange[] {
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
    if (old !== now) changes.push({ field, before: asText(field, before, words), after: asText(field, after, words) });
  }
  return changes;
}
