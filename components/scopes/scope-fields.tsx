"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, FieldValues, Path, UseFormRegister } from "react-hook-form";
import { FieldError } from "@/components/forms/field-error";
import { TextField } from "@/components/forms/text-field";
import { INTEGRATION_TYPES, TOKEN_LIFETIME_SECONDS, VISIBILITIES, type TScopeFields } from "@/lib/scopes/schemas";

type TProps<T extends FieldValues> = { idPrefix: string; register: UseFormRegister<T>; errors: FieldErrors<T> };

const inputClass = "mt-1 w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-600";

/**
 * The fields a scope has besides its name, shared by the create and edit forms (both schemas extend ZScopeFields,
 * so these paths exist in either form's values).
 */
export function ScopeFields<T extends FieldValues>({ idPrefix, register, errors: formErrors }: TProps<T>) {
  const t = useTranslations("scopes.fields");
  const errors = formErrors as FieldErrors<TScopeFields>;
  const path = (name: keyof TScopeFields) => name as Path<T>;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <TextField
        id={id("description")}
        label={t("description")}
        hint={t("descriptionHint")}
        error={errors.description?.message}
        registration={register(path("description"))}
      />
      <div>
        <label htmlFor={id("longDescription")} className="block text-sm font-medium">
          {t("longDescription")}
        </label>
        <textarea
          id={id("longDescription")}
          rows={3}
          aria-invalid={errors.longDescription ? true : undefined}
          aria-describedby={`${id("longDescription")}-hint ${id("longDescription")}-error`}
          className={inputClass}
          {...register(path("longDescription"))}
        />
        <p id={`${id("longDescription")}-hint`} className="mt-1 text-sm text-slate-600">
          {t("longDescriptionHint")}
        </p>
        <FieldError id={`${id("longDescription")}-error`} message={errors.longDescription?.message} />
      </div>
      <div>
        <label htmlFor={id("visibility")} className="block text-sm font-medium">
          {t("visibility")}
        </label>
        <select
          id={id("visibility")}
          aria-describedby={`${id("visibility")}-hint ${id("visibility")}-error`}
          className="mt-1 rounded border border-slate-400 px-3 py-2"
          {...register(path("visibility"))}
        >
          {VISIBILITIES.map((visibility) => (
            <option key={visibility} value={visibility}>
              {t(`visibilities.${visibility}`)}
            </option>
          ))}
        </select>
        <p id={`${id("visibility")}-hint`} className="mt-1 text-sm text-slate-600">
          {t("visibilityHint")}
        </p>
        <FieldError id={`${id("visibility")}-error`} message={errors.visibility?.message} />
      </div>
      <TextField
        id={id("tokenLifetimeSeconds")}
        label={t("tokenLifetime")}
        hint={t("tokenLifetimeHint")}
        error={errors.tokenLifetimeSeconds?.message}
        registration={register(path("tokenLifetimeSeconds"), {
          // An empty field means Maskinporten's default; anything else must be a number (the schema says which).
          setValueAs: (value: unknown) => (value === "" || value === null || value === undefined ? null : Number(value)),
        })}
        inputProps={{ type: "number", inputMode: "numeric", min: TOKEN_LIFETIME_SECONDS.min, max: TOKEN_LIFETIME_SECONDS.max, step: 1 }}
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
