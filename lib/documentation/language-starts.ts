import type { TConsentResourceDefinition } from "@/lib/consent-resources/resource-definition-schema";
import type { TLocale } from "@/lib/platform/i18n/locales";
import { defaultDocumentation } from "./default-documentation";
import { DOCUMENTATION_LANGUAGES, isWritten, type TDocumentationByLanguage } from "./documentation-languages";
import type { TSavedDocumentation } from "./documentation-select";
import type { TDocumentationContent } from "./schemas";

type TStart = {
  initial: TDocumentationContent & { version: number };
  template: TDocumentationContent;
  written: boolean;
};

const EMPTY: TDocumentationContent = { steps: "", requiredAccess: "", contact: "", sections: [] };

/**
 * What each language's tab of the editor starts with (issue 16.6): the text saved in that language, else nothing. The
 * default template is each language's own, offered to be filled in. Only a resource with no documentation in any
 * language starts the editor's own language from its template, as before languages were kept apart, so the first
 * editor edits rather than starts from a blank page; no language is ever started from another.
 */
export function languageStarts(options: {
  saved: TDocumentationByLanguage<TSavedDocumentation>;
  locale: TLocale;
  definition: Parameters<typeof defaultDocumentation>[0]["definition"] & Pick<TConsentResourceDefinition, "identifier">;
  ownerName: string;
}): Record<TLocale, TStart> {
  const { saved, definition, ownerName } = options;
  const nothingSaved = Object.keys(saved).length === 0;
  const start = (language: TLocale): TStart => {
    const template = defaultDocumentation({ locale: language, definition, ownerName });
    const row = saved[language];
    const content = row ?? (nothingSaved && language === options.locale ? template : EMPTY);
    const { steps, requiredAccess, contact, sections } = content;
    const initial = { steps, requiredAccess, contact, sections, version: row?.version ?? 0 };
    return { initial, template, written: isWritten(row) };
  };
  return Object.fromEntries(DOCUMENTATION_LANGUAGES.map((language) => [language, start(language)])) as Record<
    TLocale,
    TStart
  >;
}
