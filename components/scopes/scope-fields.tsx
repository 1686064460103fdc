"use client";

import { useTranslations } from "next-intl";
import type { Control, FieldErrors, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { FieldError } from "@/components/forms/field-error";
import { lengthNoteProps } from "@/components/forms/length-note";
import { SelectField } from "@/components/forms/select-field";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import type { TScopeFields } from "@/lib/scopes/schemas";
import {
  INTEGRATION_TYPES,
  SCOPE_TEXT_LIMITS,
  TOKEN_LIFETIME_SECONDS,
  VISIBILITIES,
} from "@/lib/scopes/scope-field-values";

type TProps<T extends FieldValues> = {
  idPrefix: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  control: Control<T>;
};

/**
 * The fields a scope has besides its name, shared by the create and edit forms (both schemas extend ZScopeFields,
 * so these paths exist in either form's values).
 */
export function ScopeFields<T extends FieldValues>({ idPrefix, register, errors: formErrors, control }: TProps<T>) {
  const t = useTranslations("scopes.fields");
  const errors = formErrors as FieldErrors<TScopeFields>;
  const path = (name: keyof TScopeFields) => name as Path<T>;
  const id = (name: string) => `${idPrefix}-${name}`;
  // A field's id, label, hint and error; `key` names its messages where they differ from the field's name.
  const frame = (
    name: "description" | "longDescription" | "visibility" | "tokenLifetimeSeconds",
    key: string = name,
  ) => ({
    id: id(name),
    label: t(key as "description"),
    hint: t(`${key}Hint` as "descriptionHint"),
    error: errors[name]?.message,
  });
  return (
    <>
      <TextField
        {...frame("description")}
        {...lengthNoteProps(id("description"), control, path("description"), SCOPE_TEXT_LIMITS.description)}
        registration={register(path("description"))}
      />
      <TextAreaField
        {...frame("longDescription")}
        {...lengthNoteProps(id("longDescription"), control, path("longDescription"), SCOPE_TEXT_LIMITS.longDescription)}
        registration={register(path("longDescription"))}
      />
      <SelectField
        {...frame("visibility")}
        {...register(path("visibility"))}
        options={VISIBILITIES.map((visibility) => ({ value: visibility, label: t(`visibilities.${visibility}`) }))}
      />
      <TextField
        {...frame("tokenLifetimeSeconds", "tokenLifetime")}
        registration={register(path("tokenLifetimeSeconds"), {
          // An empty field means Maskinporten's default; anything else must be a number (the schema says which).
          setValueAs: (value: unknown) =>
            value === "" || value === null || value === undefined ? null : Number(value),
        })}
        inputProps={{
          type: "number",
          inputMode: "numeric",
          min: TOKEN_LIFETIME_SECONDS.min,
          max: TOKEN_LIFETIME_SECONDS.max,
          step: 1,
        }}
      />
      <fieldset aria-describedby={`${id("allowedIntegrationTypes")}-hint ${id("allowedIntegrationTypes")}-error`}>
        <legend className="text-sm font-medium">{t("integrationTypes")}</legend>
        <p id={`${id("allowedIntegrationTypes")}-hint`} className="text-sm text-slate-600">
          {t("integrationTypesHint")}
        </p>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {INTEGRATION_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={type} {...register(path("allowedIntegrationTypes"))} />
              {t(`integrationTypeNames.${type}`)}
            </label>
          ))}
        </div>
        <FieldError
          id={`${id("allowedIntegrationTypes")}-error`}
          message={errors.allowedIntegrationTypes?.message ?? errors.allowedIntegrationTypes?.root?.message}
        />
      </fieldset>
    </>
  );
}
