"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { DOCUMENTATION_LANGUAGES, type TDocumentationLanguage } from "@/lib/documentation/documentation-languages";
import type { TDocumentationContent } from "@/lib/documentation/schemas";
import { DocumentationEditor, type TLanguageDraft } from "./documentation-editor";
import { EditorTabs } from "./editor-tabs";
import { MissingLanguages } from "./missing-languages";

export type TLanguageStart = { initial: TLanguageDraft; template: TDocumentationContent; written: boolean };

/**
 * One tab per language (issue 16.6), each saying whether that language is written, above the list of the missing
 * ones. Only the chosen language's form is mounted; what was typed in another is kept and comes back with its tab.
 */
export function DocumentationLanguagesEditor(props: {
  orgNumber: string;
  identifier: string;
  scopes: string[];
  /** The tab shown first: the editor's own language. */
  firstLanguage: TDocumentationLanguage;
  languages: Record<TDocumentationLanguage, TLanguageStart>;
}) {
  const t = useTranslations("documentation.editorLanguages");
  const tLanguages = useTranslations("documentation.languages");
  const [selected, setSelected] = useState(props.firstLanguage);
  const [written, setWritten] = useState(() =>
    Object.fromEntries(DOCUMENTATION_LANGUAGES.map((l) => [l, props.languages[l].written])),
  );
  const [drafts, setDrafts] = useState<Partial<Record<TDocumentationLanguage, TLanguageDraft>>>({});
  const keep = useCallback((language: TDocumentationLanguage, draft: TLanguageDraft) => {
    setDrafts((now) => ({ ...now, [language]: draft }));
  }, []);
  const onSaved = useCallback((language: TDocumentationLanguage, isWritten: boolean) => {
    setWritten((now) => ({ ...now, [language]: isWritten }));
  }, []);

  const label = (language: TDocumentationLanguage) =>
    t(written[language] ? "written" : "missing", { name: tLanguages("name", { language }) });
  const panel = (language: TDocumentationLanguage) =>
    language !== selected ? null : (
      <DocumentationEditor
        key={language}
        orgNumber={props.orgNumber}
        identifier={props.identifier}
        language={language}
        initial={drafts[language] ?? props.languages[language].initial}
        template={props.languages[language].template}
        written={written[language] ?? false}
        scopes={props.scopes}
        onSaved={onSaved}
        keep={keep}
      />
    );
  const missing = DOCUMENTATION_LANGUAGES.filter((language) => !written[language]);
  return (
    <div className="space-y-4">
      <MissingLanguages missing={missing} />
      <EditorTabs
        label={t("tabs")}
        tabs={DOCUMENTATION_LANGUAGES}
        selected={selected}
        onSelect={setSelected}
        idPrefix="language-"
        tabLabels={{ nb: label("nb"), nn: label("nn"), en: label("en") }}
        panels={{ nb: panel("nb"), nn: panel("nn"), en: panel("en") }}
      />
    </div>
  );
}
