"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { saveDocumentationAction } from "@/lib/documentation/documentation-actions";
import { ZSaveDocumentation, type TDocumentationContent } from "@/lib/documentation/schemas";
import { DocumentationView } from "./documentation-view";
import { EditorTabs, type TEditorTab } from "./editor-tabs";
import { MarkdownField } from "./markdown-field";
import { SectionsField } from "./sections-field";

/** Edit the documentation with a live preview of what consumers will read. */
export function DocumentationEditor(props: {
  orgNumber: string;
  identifier: string;
  /** What the form starts with; `version` is the saved version it was read at, absent before anyone saved. */
  initial: TDocumentationContent & { version?: number };
  scopes: string[];
}) {
  const t = useTranslations("documentation.editor");
  const [tab, setTab] = useState<TEditorTab>("edit");
  const { form, isSubmitting, error, success, submit } = useActionForm(ZSaveDocumentation, {
    orgNumber: props.orgNumber,
    identifier: props.identifier,
    steps: props.initial.steps,
    requiredAccess: props.initial.requiredAccess,
    contact: props.initial.contact,
    sections: props.initial.sections,
    version: props.initial.version ?? 0,
  });
  const values = useWatch({ control: form.control });

  // On a validation error or a conflict nothing is reset: every value stays in the form, the errors sit beside
  // their fields, and the Edit tab is shown so they can be seen. A conflict (someone else saved first) keeps the
  // version the form was loaded at, so saving again cannot overwrite their text unseen.
  const onSubmit = form.handleSubmit(
    async (input) => {
      const result = await submit(saveDocumentationAction, input, (saved) => {
        form.reset({ ...input, version: saved.version });
        return t("saved");
      });
      if (!result.ok) setTab("edit");
    },
    () => setTab("edit"),
  );

  const preview: TDocumentationContent = {
    steps: values.steps ?? "",
    requiredAccess: values.requiredAccess ?? "",
    contact: values.contact ?? "",
    sections: (values.sections ?? []).map((section) => ({ title: section?.title ?? "", body: section?.body ?? "" })),
  };

  const editPanel = (
    <div className="space-y-5">
      <MarkdownField id="steps" label={t("steps")} hint={t("stepsHint")} rows={10} {...bindField(form, "steps")} />
      <MarkdownField
        id="requiredAccess"
        label={t("requiredAccess")}
        hint={t("requiredAccessHint")}
        {...bindField(form, "requiredAccess")}
      />
      <MarkdownField id="contact" label={t("contact")} hint={t("contactHint")} {...bindField(form, "contact")} />
      <SectionsField form={form} />
    </div>
  );

  return (
    <FormCard onSubmit={onSubmit} className="space-y-4" title={t("title")}>
      <EditorTabs
        label={t("tabs")}
        selected={tab}
        onSelect={setTab}
        tabLabels={{ edit: t("editTab"), preview: t("previewTab") }}
        panels={{
          edit: editPanel,
          preview: <DocumentationView content={preview} scopes={props.scopes} headingLevel={3} idPrefix="preview" />,
        }}
      />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("save")} pendingLabel={t("saving")} />
    </FormCard>
  );
}
