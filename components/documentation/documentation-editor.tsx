"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useWatch } from "react-hook-form";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { bindLimitedField } from "@/components/forms/length-note";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { saveDocumentationAction } from "@/lib/documentation/documentation-actions";
import { isWritten, type TDocumentationLanguage } from "@/lib/documentation/documentation-languages";
import { MARKDOWN_MAX_LENGTH, ZSaveDocumentation, type TDocumentationContent } from "@/lib/documentation/schemas";
import { DocumentationView } from "./documentation-view";
import { EditorTabs, type TEditorTab } from "./editor-tabs";
import { MarkdownField } from "./markdown-field";
import { SectionsField } from "./sections-field";

/** What a language's form holds: its texts and the saved version it was loaded at (0: that language never saved). */
export type TLanguageDraft = TDocumentationContent & { version: number };

/**
 * Edit the documentation in one language with a live preview of what consumers will read. Each language is its own
 * form and its own save (issue 16.6); the template is offered in this language only, and only filled in on request.
 */
export function DocumentationEditor(props: {
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
}) {
  const t = useTranslations("documentation.editor");
  const tLanguages = useTranslations("documentation.editorLanguages");
  const { language, keep } = props;
  const [tab, setTab] = useState<TEditorTab>("edit");
  const { form, isSubmitting, error, success, submit } = useActionForm(ZSaveDocumentation, {
    orgNumber: props.orgNumber,
    identifier: props.identifier,
    language,
    ...props.initial,
  });
  const values = useWatch({ control: form.control });
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

  const preview: TDocumentationContent = {
    steps: values.steps ?? "",
    requiredAccess: values.requiredAccess ?? "",
    contact: values.contact ?? "",
    sections: (values.sections ?? []).map((section) => ({ title: section?.title ?? "", body: section?.body ?? "" })),
  };
  const typed = isWritten(preview);

  // Each Markdown text with its hint, its error and its maximum (the schema's, shown before sending).
  const markdownField = (name: "steps" | "requiredAccess" | "contact", rows?: number) => (
    <MarkdownField
      id={name}
      label={t(name)}
      hint={t(`${name}Hint`)}
      rows={rows}
      {...bindLimitedField(form, name, MARKDOWN_MAX_LENGTH)}
    />
  );
  const editPanel = (
    <div className="space-y-5">
      {markdownField("steps", 10)}
      {markdownField("requiredAccess")}
      {markdownField("contact")}
      <SectionsField form={form} />
    </div>
  );

  return (
    <FormCard onSubmit={onSubmit} className="space-y-4" title={t("title")}>
      {!props.written && !typed && (
        <div className="space-y-2">
          <Notice className="text-sm">{tLanguages("empty", { language })}</Notice>
          <Button type="button" variant="secondary" onClick={fillTemplate}>
            {tLanguages("useTemplate", { language })}
          </Button>
        </div>
      )}
      <EditorTabs
        label={t("tabs")}
        selected={tab}
        onSelect={setTab}
        tabLabels={{ edit: t("editTab"), preview: t("previewTab") }}
        panels={{
          edit: editPanel,
          preview: (
            <DocumentationView
              content={preview}
              scopes={props.scopes}
              headingLevel={3}
              idPrefix="preview"
              language={language}
            />
          ),
        }}
      />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("save")} pendingLabel={t("saving")} />
    </FormCard>
  );
}
