"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { DefinitionListField } from "./definition-list-field";
import type { TDefinitionForm } from "./definition-form-types";
import { FieldWarnings } from "./definition-warnings";
import { FieldMessages, inputClass } from "./field-messages";

/**
 * The metadata keys a consumer sends with each request; each must appear as `{key}` in every text. The `optional`
 * flag is kept because the registry stores it, but labelled for what it is: Altinn ignores it and requires every
 * declared key in every request (altinn-authorization-tmp, ConsentService.cs, AM-00008 MissingMetadata).
 */
export function MetadataKeysField() {
  const t = useTranslations("consentResources.editor");
  const { register, formState } = useFormContext<TDefinitionForm>();
  return (
    <fieldset className="space-y-2" aria-describedby="consentMetadata-hint">
      <legend className="text-sm font-semibold">{t("metadataLegend")}</legend>
      <p id="consentMetadata-hint" className="text-sm text-slate-600">
        {t("metadataHint")}
      </p>
      <DefinitionListField
        name="consentMetadata"
        empty={{ key: "", optional: false }}
        removeLabel={(number) => t("removeMetadata", { number })}
        addLabel={t("addMetadata")}
      >
        {(_field, index) => {
          const id = `consentMetadata-${index}-key`;
          const error = formState.errors.consentMetadata?.[index]?.key;
          return (
            <>
              <div className="grow">
                <label htmlFor={id} className="block text-sm">
                  {t("metadataKey", { number: index + 1 })}
                </label>
                <input
                  id={id}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={`${id}-error ${id}-warning`}
                  autoComplete="off"
                  className={inputClass}
                  {...register(`consentMetadata.${index}.key`)}
                />
                <FieldMessages id={`${id}-error`} error={error} />
                <FieldWarnings id={`${id}-warning`} field={`consentMetadata.${index}.key`} />
              </div>
              <div className="mt-7 flex items-center gap-2">
                <input
                  id={`consentMetadata-${index}-optional`}
                  type="checkbox"
                  className="h-4 w-4"
                  {...register(`consentMetadata.${index}.optional`)}
                />
                <label htmlFor={`consentMetadata-${index}-optional`} className="text-sm text-slate-600">
                  {t("metadataOptional")}
                </label>
              </div>
            </>
          );
        }}
      </DefinitionListField>
    </fieldset>
  );
}
