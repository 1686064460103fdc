"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState, type ComponentType } from "react";
import { flushSync } from "react-dom";
import { DOCUMENTATION_LANGUAGES, type TDocumentationLanguage } from "@/lib/documentation/documentation-languages";
import type { TDocumentationContent } from "@/lib/documentation/schemas";
import type { TDocumentationEditorProps, TLanguageDraft } from "./documentation-editor";
import { DocumentationEditorAtFirst } from "./documentation-editor-at-first";
import { EditorTabs } from "./editor-tabs";
import type { TFirstUse } from "./first-use";
import { MissingLanguages } from "./missing-languages";

export type TLanguageStart = { initial: TLanguageDraft; template: TDocumentationContent; written: boolean };

// The editor's code, loaded at the form's first use (first-use.ts); a failed download is tried again at the next.
let editorCode: Promise<ComponentType<TDocumentationEditorProps>> | undefined;
function loadEditor() {
  editorCode ??= import("./documentation-editor").then((m) => m.DocumentationEditor);
  editorCode.catch(() => (editorCode = undefined));
  return editorCode;
}

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
  const [Editor, setEditor] = useState<ComponentType<TDocumentationEditorProps> | null>(null);
  const [firstUse, setFirstUse] = useState<TFirstUse | undefined>(undefined);
  const keep = useCallback((language: TDocumentationLanguage, draft: TLanguageDraft) => {
    setDrafts((now) => ({ ...now, [language]: draft }));
  }, []);
  const onSaved = useCallback((language: TDocumentationLanguage, isWritten: boolean) => {
    setWritten((now) => ({ ...now, [language]: isWritten }));
  }, []);
  const select = (language: TDocumentationLanguage) => {
    // What was done before the editor loaded is done once, in the language it was done in.
    setFirstUse(undefined);
    setSelected(language);
  };

  const label = (language: TDocumentationLanguage) =>
    t(written[language] ? "written" : "missing", { name: tLanguages("name", { language }) });
  const panel = (language: TDocumentationLanguage) => {
    if (language !== selected) return null;
    const { initial, template } = props.languages[language];
    const shared = { language, initial: drafts[language] ?? initial, written: written[language] ?? false };
    if (!Editor)
      return (
        <DocumentationEditorAtFirst
          key={language}
          {...shared}
          preload={() => void loadEditor()}
          onFirstUse={(read) =>
            void loadEditor().then((loaded) =>
              // Read and replaced in one task: a key typed between the two would land in a textarea then removed.
              flushSync(() => {
                const { draft, firstUse } = read();
                if (draft) keep(language, draft);
                setFirstUse(firstUse);
                setEditor(() => loaded);
              }),
            )
          }
        />
      );
    return (
      <Editor
        key={language}
        {...shared}
        orgNumber={props.orgNumber}
        identifier={props.identifier}
        template={template}
        scopes={props.scopes}
        onSaved={onSaved}
        keep={keep}
        firstUse={firstUse}
      />
    );
  };
  const missing = DOCUMENTATION_LANGUAGES.filter((language) => !written[language]);
  return (
    <div className="space-y-4">
      <MissingLanguages missing={missing} />
      <EditorTabs
        label={t("tabs")}
        tabs={DOCUMENTATION_LANGUAGES}
        selected={selected}
        onSelect={select}
        idPrefix="language-"
        tabLabels={{ nb: label("nb"), nn: label("nn"), en: label("en") }}
        panels={{ nb: panel("nb"), nn: panel("nn"), en: panel("en") }}
      />
    </div>
  );
}
