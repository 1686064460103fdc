"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { DEFINITION_LIMITS, LANGUAGES } from "@/lib/consent-resources/definition-values";
import type { TDefinitionForm } from "./definition-form-types";
import { FieldMessages, inputClass } from "./field-messages";
import { LengthNote } from "./length-note";

type TLocalizedField = "title" | "description" | "rightDescription";

/** One text in nb, nn and en: the registry requires all three. */
export function LocalizedTextFields({ field, multiline = false }: { field: TLocalizedField; multiline?: boolean }) {
  const t = useTranslations("consentResources.editor");
  const { register, formState } = useFormContext<TDefinitionForm>();
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">{t(field)}</legend>
      {LANGUAGES.map((language) => {
        const id = `${field}-${language}`;
        const error = formState.errors[field]?.[language];
        const props = {
          id,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": `${id}-length ${id}-error`,
          className: inputClass,
          ...register(`${field}.${language}`),
        };
        return (
          <div key={language}>
            <label htmlFor={id} className="block text-sm">
              {t(field)} ({t(`language.${language}`)})
            </label>
            {multiline ? <textarea rows={2} {...props} /> : <input {...props} />}
            <LengthNote id={`${id}-length`} name={`${field}.${language}`} max={DEFINITION_LIMITS[field]} />
            <FieldMessages id={`${id}-error`} error={error} />
          </div>
        );
      })}
    </fieldset>
  );
}
