"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useFieldArray, useWatch } from "react-hook-form";
import { FormStatus } from "@/components/forms/form-status";
import { bindLimitedField } from "@/components/forms/length-note";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveDocumentationAction } from "@/lib/documentation/documentation-actions";
import { isWritten, type TDocumentationLanguage } from "@/lib/documentation/documentation-languages";
import { MARKDOWN_MAX_LENGTH, MAX_SECTIONS, SECTION_TITLE_MAX_LENGTH } from "@/lib/documentation/limits";
import type { TDocumentationContent } from "@/lib/documentation/schemas";
import { DocumentationFields } from "./documentation-fields";
import type { TEditorTab } from "./editor-tabs";
import { replayFirstUse, type TFirstUse } from "./first-use";

/** What a language's form holds: its texts and the saved version it was loaded at (0: that language never saved). */
export type TLanguageDraft = TDocumentationContent & { version: number };

// Loaded when needed (issue 17): zod at the first check (lazy-zod-resolver.ts), the Markdown renderer (~31 kB of
// compressed JavaScript) when the preview is first shown.
const loadSchema = () => import("@/lib/documentation/schemas").then((m) => m.ZSaveDocumentation);
const Preview = lazy(() => import("./documentation-view").then((m) => ({ default: m.DocumentationView })));

export type TDocumentationEditorProps = {
  orgNumber: string;
  identifier: string;
  language: TDocumentationLanguage;
  /** What the form starts with: the saved text, what was typed before switching tabs, or nothing. */
  initial: TLanguageDraft;
  /** The portal's default text in this language, offered while the language is not written. */
  template: TDocumentationContent;
  written: boolean;
  scopes: string[];
  onSaved: (language: TDocumentationLanguage, written: boolean) => void;
  /** Called with what the form holds when another language's tab is chosen, so nothing typed is lost. */
  keep: (language: TDocumentationLanguage, draft: TLanguageDraft) => void;
  /** What the person did in the form before this code had loaded, done here once (first-use.ts). */
  firstUse?: TFirstUse;
};

/**
 * Edit the documentation in one language with a live preview of what consumers will read. Each language is its own
 * form and its own save (issue 16.6); the template is offered in this language only, and only filled in on request.
 */
export function DocumentationEditor(props: TDocumentationEditorProps) {
  const t = useTranslations("documentation.editor");
  const { language, keep } = props;
  const [tab, setTab] = useState<TEditorTab>("edit");
  const { form, isSubmitting, error, success, submit } = useActionForm(loadSchema, {
    orgNumber: props.orgNumber,
    identifier: props.identifier,
    language,
    ...props.initial,
  });
  const sections = useFieldArray({ control: form.control, name: "sections" });
  const values = useWatch({ control: form.control });
  const formElement = useRef<HTMLFormElement>(null);
  useEffect(() => () => keep(language, form.getValues()), [form, keep, language]);

  // On a validation error or a conflict nothing is reset: every value stays in the form, the errors sit beside
  // their fields, and the Edit tab is shown so they can be seen. A conflict (someone else saved first) keeps the
  // version the form was loaded at, so saving again cannot overwrite their text unseen.
  const onSubmit = form.handleSubmit(
    async (input) => {
      const result = await submit(saveDocumentationAction, input, (saved) => {
        form.reset({ ...input, version: saved.version });
        props.onSaved(language, isWritten(input));
        return t("saved");
      });
      if (!result.ok) setTab("edit");
    },
    () => setTab("edit"),
  );

  const fillTemplate = () => {
    const { steps, requiredAccess, contact, sections } = props.template;
    const options = { shouldDirty: true };
    form.setValue("steps", steps, options);
    form.setValue("requiredAccess", requiredAccess, options);
    form.setValue("contact", contact, options);
    form.setValue("sections", sections, options);
  };
  const sectionsView = {
    items: sections.fields.map((field, index) => ({
      key: field.id,
      title: bindLimitedField(form, `sections.${index}.title`, SECTION_TITLE_MAX_LENGTH, `sections-${index}-title`),
      body: bindLimitedField(form, `sections.${index}.body`, MARKDOWN_MAX_LENGTH, `sections-${index}-body`),
    })),
    error: form.formState.errors.sections?.message ?? form.formState.errors.sections?.root?.message,
    canAdd: sections.fields.length < MAX_SECTIONS,
    add: () => sections.append({ title: "", body: "" }, { shouldFocus: true }),
    move: sections.move,
    remove: sections.remove,
  };

  // Once, at mount, before the browser handles the next key: the focus and caret where they were, then what was done
  // before the code loaded (a click, a tab, a save).
  const firstUse = useRef(props.firstUse);
  useLayoutEffect(() => {
    const use = firstUse.current;
    firstUse.current = undefined;
    if (use && formElement.current)
      replayFirstUse(use, formElement.current, {
        ...sectionsView,
        fillTemplate,
        showPreview: () => setTab("preview"),
        submit: () => void onSubmit(),
      });
  });

  const preview: TDocumentationContent = {
    steps: values.steps ?? "",
    requiredAccess: values.requiredAccess ?? "",
    contact: values.contact ?? "",
    sections: (values.sections ?? []).map((section) => ({ title: section?.title ?? "", body: section?.body ?? "" })),
  };
  return (
    <DocumentationFields
      ref={formElement}
      onSubmit={onSubmit}
      language={language}
      offerTemplate={!props.written && !isWritten(preview)}
      fillTemplate={fillTemplate}
      tab={tab}
      selectTab={setTab}
      texts={{
        steps: bindLimitedField(form, "steps", MARKDOWN_MAX_LENGTH),
        requiredAccess: bindLimitedField(form, "requiredAccess", MARKDOWN_MAX_LENGTH),
        contact: bindLimitedField(form, "contact", MARKDOWN_MAX_LENGTH),
      }}
      sections={sectionsView}
      preview={
        // Rendered while shown only: the renderer loads when the preview is first opened.
        tab === "preview" && (
          <Suspense fallback={<p className="text-sm text-slate-600">{t("previewLoading")}</p>}>
            <Preview content={preview} scopes={props.scopes} headingLevel={3} idPrefix="preview" language={language} />
          </Suspense>
        )
      }
      status={<FormStatus error={error} success={success} />}
      pending={isSubmitting}
    />
  );
}
