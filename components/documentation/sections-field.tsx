"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { FieldError } from "@/components/forms/field-error";
import { lengthNoteProps } from "@/components/forms/length-note";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import {
  MARKDOWN_MAX_LENGTH,
  MAX_SECTIONS,
  SECTION_TITLE_MAX_LENGTH,
  type TSaveDocumentation,
} from "@/lib/documentation/schemas";
import { MarkdownField } from "./markdown-field";

/** The owner's own sections (title + Markdown): added, removed and reordered in place. */
export function SectionsField({ form }: { form: UseFormReturn<TSaveDocumentation> }) {
  const t = useTranslations("documentation.editor.sections");
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "sections" });
  const errors = form.formState.errors.sections;
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("legend")}</legend>
      <p className="text-sm text-slate-600">{t("hint")}</p>
      {fields.length === 0 && <p className="text-sm text-slate-700">{t("none")}</p>}
      <ol className="space-y-4">
        {fields.map((field, index) => (
          <li key={field.id} className="space-y-3 rounded border border-slate-200 p-3">
            <p className="text-sm font-medium text-slate-700">{t("number", { number: index + 1 })}</p>
            <TextField
              id={`sections-${index}-title`}
              label={t("title")}
              error={errors?.[index]?.title?.message}
              registration={form.register(`sections.${index}.title`)}
              {...lengthNoteProps(
                `sections-${index}-title`,
                form.control,
                `sections.${index}.title`,
                SECTION_TITLE_MAX_LENGTH,
              )}
            />
            <MarkdownField
              id={`sections-${index}-body`}
              label={t("body")}
              hint={t("bodyHint")}
              error={errors?.[index]?.body?.message}
              registration={form.register(`sections.${index}.body`)}
              {...lengthNoteProps(
                `sections-${index}-body`,
                form.control,
                `sections.${index}.body`,
                MARKDOWN_MAX_LENGTH,
              )}
            />
            <div className="flex flex-wrap gap-2">
              <Button size="xs" disabled={index === 0} onClick={() => move(index, index - 1)}>
                {t("moveUp", { number: index + 1 })}
              </Button>
              <Button size="xs" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)}>
                {t("moveDown", { number: index + 1 })}
              </Button>
              <Button size="xs" variant="danger" onClick={() => remove(index)}>
                {t("remove", { number: index + 1 })}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <FieldError id="sections-error" message={errors?.message ?? errors?.root?.message} />
      <Button
        size="xs"
        disabled={fields.length >= MAX_SECTIONS}
        onClick={() => append({ title: "", body: "" }, { shouldFocus: true })}
      >
        {t("add")}
      </Button>
    </fieldset>
  );
}
