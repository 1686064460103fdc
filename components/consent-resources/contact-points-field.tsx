"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { CONTACT_CATEGORIES } from "@/lib/consent-resources/resource-definition-schema";
import type { TDefinitionForm } from "./definition-form-types";
import { FieldMessages, inputClass, smallButtonClass } from "./field-messages";

const TEXT_FIELDS = [
  ["email", "contactEmail", "email"],
  ["telephone", "contactTelephone", "tel"],
  ["contactPage", "contactPage", "url"],
] as const;

export function ContactPointsField() {
  const t = useTranslations("consentResources.editor");
  const tCategories = useTranslations("consentResources.options.contactCategories");
  const { control, register, formState } = useFormContext<TDefinitionForm>();
  const { fields, append, remove } = useFieldArray({ control, name: "contactPoints" });
  const listError = formState.errors.contactPoints?.root ?? formState.errors.contactPoints;
  return (
    <fieldset className="space-y-3" aria-describedby="contactPoints-error">
      <legend className="text-lg font-semibold">{t("contact")}</legend>
      {fields.map((field, index) => {
        const errors = formState.errors.contactPoints?.[index];
        return (
          <fieldset key={field.id} className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-2">
            <legend className="px-1 text-sm font-medium">{t("contactNumber", { number: index + 1 })}</legend>
            <div>
              <label htmlFor={`contactPoints-${index}-category`} className="block text-sm">
                {t("contactCategory")}
              </label>
              <select id={`contactPoints-${index}-category`} className="mt-1 rounded border border-slate-400 px-3 py-2" {...register(`contactPoints.${index}.category`)}>
                {CONTACT_CATEGORIES.map((category) => (
                  <option key={category} value={category}>
                    {tCategories(category)}
                  </option>
                ))}
              </select>
            </div>
            {TEXT_FIELDS.map(([name, label, type]) => {
              const id = `contactPoints-${index}-${name}`;
              return (
                <div key={name}>
                  <label htmlFor={id} className="block text-sm">
                    {t(label)}
                  </label>
                  <input
                    id={id}
                    type={type}
                    aria-invalid={errors?.[name] ? true : undefined}
                    aria-describedby={`${id}-error`}
                    className={inputClass}
                    {...register(`contactPoints.${index}.${name}`)}
                  />
                  <FieldMessages id={`${id}-error`} error={errors?.[name]} />
                </div>
              );
            })}
            <div className="sm:col-span-2">
              <button type="button" onClick={() => remove(index)} className={smallButtonClass} aria-label={t("removeContact", { number: index + 1 })}>
                {t("remove")}
              </button>
            </div>
          </fieldset>
        );
      })}
      <FieldMessages id="contactPoints-error" error={listError && "message" in listError ? (listError as never) : undefined} />
      <button
        type="button"
        onClick={() => append({ category: "Support", email: "", telephone: "", contactPage: "" })}
        className={smallButtonClass}
      >
        {t("addContact")}
      </button>
    </fieldset>
  );
}
