"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { FormCard } from "@/components/forms/form-card";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { TDocumentationLanguage } from "@/lib/documentation/documentation-languages";
import { EditorTabs, type TEditorTab } from "./editor-tabs";
import { MarkdownField } from "./markdown-field";
import { SectionsField } from "./sections-field";
import type { TMarkdownName, TSectionsView, TTextBinding } from "./text-binding";

type TDocumentationFieldsProps = Omit<ComponentProps<typeof FormCard>, "title" | "children"> & {
  language: TDocumentationLanguage;
  /** Offered while the language is neither written nor typed in. */
  offerTemplate: boolean;
  fillTemplate: () => void;
  tab: TEditorTab;
  selectTab: (tab: TEditorTab) => void;
  texts: Record<TMarkdownName, TTextBinding>;
  sections: TSectionsView;
  preview: ReactNode;
  status: ReactNode;
  pending: boolean;
};

const ROWS: Partial<Record<TMarkdownName, number>> = { steps: 10 };

/**
 * The documentation form of one language as it looks: the template's offer, Edit and Preview, the texts and sections,
 * the outcome and Save. What each part does comes from the form in use, so the editor (react-hook-form) and the same
 * form before the editor's code has loaded (documentation-editor-at-first.tsx) are one page for the person using it.
 */
export function DocumentationFields(props: TDocumentationFieldsProps) {
  const t = useTranslations("documentation.editor");
  const tLanguages = useTranslations("documentation.editorLanguages");
  const { language, offerTemplate, fillTemplate, tab, selectTab, texts, sections, preview, status, pending, ...form } =
    props;
  const editPanel = (
    <div className="space-y-5">
      {(["steps", "requiredAccess", "contact"] as const).map((name) => {
        const { registration, start, ...field } = texts[name];
        return (
          <MarkdownField
            key={name}
            id={name}
            label={t(name)}
            hint={t(`${name}Hint`)}
            rows={ROWS[name]}
            registration={registration}
            textareaProps={start}
            {...field}
          />
        );
      })}
      <SectionsField sections={sections} />
    </div>
  );
  return (
    <FormCard className="space-y-4" title={t("title")} {...form}>
      {offerTemplate && (
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
        onSelect={selectTab}
        tabLabels={{ edit: t("editTab"), preview: t("previewTab") }}
        panels={{ edit: editPanel, preview }}
      />
      {status}
      <SubmitButton pending={pending} label={t("save")} pendingLabel={t("saving")} />
    </FormCard>
  );
}
