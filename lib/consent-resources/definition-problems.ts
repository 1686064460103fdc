import type { z } from "zod";
import type { TConsentTemplate } from "@/lib/consent-templates/consent-template-schema";
import { findTemplate, isTemplateAllowedFor } from "@/lib/consent-templates/templates-for-owner";
import { isAllowedLinkTarget, linkTargetsIn, placeholdersIn } from "./placeholders";
import {
  AVAILABLE_FOR_TYPES,
  CONTACT_CATEGORIES,
  LANGUAGES,
  RESOURCE_STATUSES,
  type TLanguage,
} from "./definition-values";
import type { ZDefinitionFields } from "./resource-definition-schema";

// WARNINGS: what the Resource Registry accepts but the portal must not publish as is (see the note at the top of
// resource-definition-schema.ts for errors vs warnings). Real resources have such problems (altinn-resource-registry
// test data: skd-migrert-4628-1-7381.json uses {inntektsaar} but declares other keys, stami-samtykke-must.json has the
// contact category `Tilbakemeldinger`), so reading or saving never stops on them; publishing does.
// Messages are keys under `consentResources.warnings`; `key` names what the warning is about.

export type TDefinitionProblem = { path: (string | number)[]; message: string; key?: string; language?: TLanguage };

/** A definition as the editor holds it while typing (before zod's defaults): any part may still be missing. */
export type TDefinitionDraft = Partial<z.input<typeof ZDefinitionFields>>;

export type TProblemContext = {
  /** Altinn's template catalogue; without it the template is not checked (the catalogue could not be read). */
  templates?: TConsentTemplate[] | null;
  /** The owner's Altinn org code, for templates restricted to some owners. */
  ownerOrgCode?: string | null;
};

const METADATA_KEY = /^[a-z]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/i;

/**
 * Every `{key}` in a consent text is declared as metadata and every declared key is used in each language's text;
 * keys are a-z, unique; links go to http(s) or a placeholder. Altinn does not check any of it (DOMAIN.md).
 */
export function consentTextProblems(definition: TDefinitionDraft): TDefinitionProblem[] {
  const metadata = definition.consentMetadata ?? [];
  const declared = metadata.map((m) => m?.key?.trim() ?? "");
  const problems: TDefinitionProblem[] = [];
  declared.forEach((key, index) => {
    const path = ["consentMetadata", index, "key"];
    if (!METADATA_KEY.test(key)) problems.push({ path, message: key ? "metadataKey" : "metadataKeyEmpty", key });
    else if (declared.indexOf(key) !== index) problems.push({ path, message: "metadataKeyDuplicate", key });
  });
  for (const language of LANGUAGES) {
    const text = definition.consentText?.[language] ?? "";
    const path = ["consentText", language];
    if (!text.trim()) {
      problems.push({ path, message: "consentTextMissing", language });
      continue;
    }
    const used = placeholdersIn(text);
    for (const key of used.filter((k) => !declared.includes(k)))
      problems.push({ path, message: "placeholderUndeclared", key, language });
    for (const key of declared.filter((k) => k && !used.includes(k)))
      problems.push({ path, message: "metadataUnused", key, language });
    for (const target of linkTargetsIn(text).filter((t) => !isAllowedLinkTarget(t))) {
      problems.push({ path, message: "consentTextLink", key: target, language });
    }
  }
  return problems;
}

function templateProblems(definition: TDefinitionDraft, context: TProblemContext): TDefinitionProblem[] {
  const id = definition.consentTemplate?.trim() ?? "";
  const path = ["consentTemplate"];
  if (!id) return [{ path, message: "consentTemplateMissing" }];
  if (!context.templates) return [];
  const template = findTemplate(context.templates, id);
  if (!template) return [{ path, message: "consentTemplateUnknown", key: id }];
  if (!isTemplateAllowedFor(template, context.ownerOrgCode))
    return [{ path, message: "consentTemplateRestricted", key: template.id }];
  if (!template.isActive) return [{ path, message: "consentTemplateInactive", key: template.id }];
  return [];
}

function contactProblems(definition: TDefinitionDraft): TDefinitionProblem[] {
  const points = definition.contactPoints ?? [];
  if (points.length === 0) return [{ path: ["contactPoints"], message: "contactPointMissing" }];
  return points.flatMap((point, index) => {
    const problems: TDefinitionProblem[] = [];
    const category = point?.category?.trim() ?? "";
    if (!(CONTACT_CATEGORIES as readonly string[]).includes(category)) {
      problems.push({ path: ["contactPoints", index, "category"], message: "contactCategoryUnknown", key: category });
    }
    const email = point?.email?.trim() ?? "";
    const page = point?.contactPage?.trim() ?? "";
    if (email && !EMAIL.test(email))
      problems.push({ path: ["contactPoints", index, "email"], message: "contactEmail", key: email });
    if (page && !HTTP_URL.test(page))
      problems.push({ path: ["contactPoints", index, "contactPage"], message: "contactPage", key: page });
    if (!email && !page && !point?.telephone?.trim())
      problems.push({ path: ["contactPoints", index, "email"], message: "contactPointEmpty" });
    return problems;
  });
}

function otherProblems(definition: TDefinitionDraft): TDefinitionProblem[] {
  const problems: TDefinitionProblem[] = [];
  const types = (definition.availableForType ?? []) as string[];
  if (types.length === 0) problems.push({ path: ["availableForType"], message: "availableForMissing" });
  for (const type of types.filter((t) => !(AVAILABLE_FOR_TYPES as readonly string[]).includes(t))) {
    problems.push({ path: ["availableForType"], message: "availableForUnknown", key: type });
  }
  const status = definition.status?.trim() ?? "";
  if (!(RESOURCE_STATUSES as readonly string[]).includes(status))
    problems.push({ path: ["status"], message: "statusUnknown", key: status });
  (definition.keywords ?? []).forEach((keyword, index) => {
    if (!keyword?.word?.trim()) problems.push({ path: ["keywords", index, "word"], message: "keywordEmpty" });
    if (!(LANGUAGES as readonly string[]).includes(keyword?.language ?? "")) {
      problems.push({
        path: ["keywords", index, "language"],
        message: "keywordLanguage",
        key: keyword?.language ?? "",
      });
    }
  });
  return problems;
}

/**
 * Every warning of a definition, each at its field. Publishing must not go ahead while this is not empty. Pure: the
 * editor runs it on every keystroke; with `templates` the consent template is checked against Altinn's catalogue.
 */
export function definitionProblems(definition: TDefinitionDraft, context: TProblemContext = {}): TDefinitionProblem[] {
  return [
    ...templateProblems(definition, context),
    ...consentTextProblems(definition),
    ...otherProblems(definition),
    ...contactProblems(definition),
  ];
}

/** The path as react-hook-form names fields, e.g. `consentText.nb`, `contactPoints.0.category`. */
export const problemField = (problem: TDefinitionProblem) => problem.path.join(".");
