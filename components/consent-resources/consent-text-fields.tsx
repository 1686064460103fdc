"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { DEFINITION_LIMITS, LANGUAGES } from "@/lib/consent-resources/definition-values";
import { ConsentTemplateField, type TTemplateCatalogue } from "./consent-template-field";
import type { TDefinitionForm } from "./definition-form-types";
import { FieldWarnings } from "./definition-warnings";
import { FieldMessages, inputClass } from "./field-messages";
import { LengthNote } from "./length-note";
import { MetadataKeysField } from "./metadata-keys-field";
import { MissingLanguagesNote } from "./missing-languages-note";

/** Template, consent texts (Markdown with `{key}` placeholders) and the metadata keys they use. */
export function ConsentTextFields(props: { catalogue: TTemplateCatalogue; ownerOrgCode: string | null }) {
  const t = useTranslations("consentResources.editor");
  const { register, formState } = useFormContext<TDefinitionForm>();
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("consent")}</legend>
      <ConsentTemplateField catalogue={props.catalogue} ownerOrgCode={props.ownerOrgCode} />
      <MetadataKeysField />
      <p id="consentText-hint" className="text-sm text-slate-600">
        {t("consentTextHint", { example: "{inntektsaar}" })}
      </p>
      {LANGUAGES.map((language) => {
        const id = `consentText-${language}`;
        const error = formState.errors.consentText?.[language];
        return (
          <div key={language}>
            <label htmlFor={id} className="block text-sm font-medium">
              {t("consentText")} ({t(`language.${language}`)})
            </label>
            <textarea
              id={id}
              rows={5}
              aria-invalid={error ? true : undefined}
              aria-describedby={`consentText-hint ${id}-length ${id}-error ${id}-warning`}
              className={`${inputClass} font-mono text-sm`}
              {...register(`consentText.${language}`)}
            />
            <LengthNote id={`${id}-length`} name={`consentText.${language}`} max={DEFINITION_LIMITS.consentText} />
            <FieldMessages id={`${id}-error`} error={error} />
            <FieldWarnings id={`${id}-warning`} field={`consentText.${language}`} />
          </div>
        );
      })}
      <MissingLanguagesNote field="consentText" id="consentText-missing-languages" />
      <div className="flex items-center gap-2">
        <input id="isOneTimeConsent" type="checkbox" className="h-4 w-4" {...register("isOneTimeConsent")} />
        <label htmlFor="isOneTimeConsent" className="text-sm">
          {t("isOneTimeConsent")}
        </label>
      </div>
    </fieldset>
  );
}
