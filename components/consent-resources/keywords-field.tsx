"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { LANGUAGES } from "@/lib/consent-resources/resource-definition-schema";
import type { TDefinitionForm } from "./definition-form-types";
import { FieldWarnings } from "./definition-warnings";
import { FieldMessages, inputClass } from "./field-messages";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS } from "@/components/forms/field";

export function KeywordsField() {
  const t = useTranslations("consentResources.editor");
  const { control, register, formState } = useFormContext<TDefinitionForm>();
  const { fields, append, remove } = useFieldArray({ control, name: "keywords" });
  return (
    <fieldset className="space-y-2">
      <legend className="text-lg font-semibold">{t("keywordsLegend")}</legend>
      <ul className="space-y-2">
        {fields.map((field, index) => {
          const id = `keywords-${index}-word`;
          const error = formState.errors.keywords?.[index]?.word;
          return (
            <li key={field.id} className="flex flex-wrap items-start gap-3">
              <div className="grow">
                <label htmlFor={id} className="block text-sm">
                  {t("keywordWord", { number: index + 1 })}
                </label>
                <input
                  id={id}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${id}-error ${id}-warning`}
                  className={inputClass}
                  {...register(`keywords.${index}.word`)}
                />
                <FieldMessages id={`${id}-error`} error={error} />
                <FieldWarnings id={`${id}-warning`} field={`keywords.${index}.word`} />
              </div>
              <div>
                <label htmlFor={`keywords-${index}-language`} className="block text-sm">
                  {t("keywordLanguage", { number: index + 1 })}
                </label>
                <select
                  id={`keywords-${index}-language`}
                  aria-describedby={`keywords-${index}-language-warning`}
                  className={CONTROL_CLASS}
                  {...register(`keywords.${index}.language`)}
                >
                  {/* The registry takes any language code; a stored one stays as it is until changed. */}
                  {!(LANGUAGES as readonly string[]).includes(field.language) && (
                    <option value={field.language}>{t("asStored", { value: field.language || "–" })}</option>
                  )}
                  {LANGUAGES.map((language) => (
                    <option key={language} value={language}>
                      {t(`language.${language}`)}
                    </option>
                  ))}
                </select>
                <FieldWarnings id={`keywords-${index}-language-warning`} field={`keywords.${index}.language`} />
              </div>
              <Button
                size="xs"
                className="mt-6"
                onClick={() => remove(index)}
                aria-label={t("removeKeyword", { number: index + 1 })}
              >
                {t("remove")}
              </Button>
            </li>
          );
        })}
      </ul>
      <Button size="xs" onClick={() => append({ word: "", language: "nb" })}>
        {t("addKeyword")}
      </Button>
    </fieldset>
  );
}
