"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { CONTACT_CATEGORIES } from "@/lib/consent-resources/definition-values";
import type { TDefinitionForm } from "./definition-form-types";
import { SelectField } from "@/components/forms/select-field";
import { FieldWarnings } from "./definition-warnings";
import { FieldMessages, inputClass } from "./field-messages";
import { Button } from "@/components/ui/button";

const TEXT_FIELDS = [
  ["email", "contactEmail", "email"],
  ["telephone", "contactTelephone", "tel"],
  ["contactPage", "contactPage", "url"],
] as const;

const isKnown = (category: string): category is (typeof CONTACT_CATEGORIES)[number] =>
  (CONTACT_CATEGORIES as readonly string[]).includes(category);

export function ContactPointsField() {
  const t = useTranslations("consentResources.editor");
  const tCategories = useTranslations("consentResources.options.contactCategories");
  const { control, register, formState } = useFormContext<TDefinitionForm>();
  const { fields, append, remove } = useFieldArray({ control, name: "contactPoints" });
  const listError = formState.errors.contactPoints?.root ?? formState.errors.contactPoints;
  return (
    <fieldset className="space-y-3" aria-describedby="contactPoints-error contactPoints-warning">
      <legend className="text-lg font-semibold">{t("contact")}</legend>
      {fields.map((field, index) => {
        const errors = formState.errors.contactPoints?.[index];
        // The registry takes any category (e.g. "Tilbakemeldinger"); a stored one stays selectable as it is.
        const stored = field.category ?? "";
        const categoryId = `contactPoints-${index}-category`;
        return (
          <fieldset key={field.id} className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-2">
            <legend className="px-1 text-sm font-medium">{t("contactNumber", { number: index + 1 })}</legend>
            <SelectField
              id={categoryId}
              label={t("contactCategory")}
              describedBy={`${categoryId}-warning`}
              after={<FieldWarnings id={`${categoryId}-warning`} field={`contactPoints.${index}.category`} />}
              {...register(`contactPoints.${index}.category`)}
              options={CONTACT_CATEGORIES.map((category) => ({ value: category, label: tCategories(category) }))}
            >
              {!isKnown(stored) && <option value={stored}>{t("asStored", { value: stored || "–" })}</option>}
            </SelectField>
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
                    aria-describedby={`${id}-error ${id}-warning`}
                    className={inputClass}
                    {...register(`contactPoints.${index}.${name}`)}
                  />
                  <FieldMessages id={`${id}-error`} error={errors?.[name]} />
                  <FieldWarnings id={`${id}-warning`} field={`contactPoints.${index}.${name}`} />
                </div>
              );
            })}
            <div className="sm:col-span-2">
              <Button size="xs" onClick={() => remove(index)} aria-label={t("removeContact", { number: index + 1 })}>
                {t("remove")}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <FieldMessages
        id="contactPoints-error"
        error={listError && "message" in listError ? (listError as never) : undefined}
      />
      <FieldWarnings id="contactPoints-warning" field="contactPoints" />
      <Button size="xs" onClick={() => append({ category: "Support", email: "", telephone: "", contactPage: "" })}>
        {t("addContact")}
      </Button>
    </fieldset>
  );
}
