"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { CONTROL_CLASS } from "@/components/forms/field";
import { LANGUAGES } from "@/lib/consent-resources/definition-values";
import { DefinitionListField } from "./definition-list-field";
import type { TDefinitionForm } from "./definition-form-types";
import { FieldWarnings } from "./definition-warnings";
import { FieldMessages, inputClass } from "./field-messages";

export function KeywordsField() {
  const t = useTranslations("consentResources.editor");
  const { register, formState } = useFormContext<TDefinitionForm>();
  return (
    <fieldset className="space-y-2">
      <legend className="text-lg font-semibold">{t("keywordsLegend")}</legend>
      <DefinitionListField
        name="keywords"
        empty={{ word: "", language: "nb" }}
        removeLabel={(number) => t("removeKeyword", { number })}
        addLabel={t("addKeyword")}
      >
        {(field, index) => {
          const id = `keywords-${index}-word`;
          const error = formState.errors.keywords?.[index]?.word;
          return (
            <>
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
            </>
          );
        }}
      </DefinitionListField>
    </fieldset>
  );
}
