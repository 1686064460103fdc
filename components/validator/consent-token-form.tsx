"use client";

import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FormCard } from "@/components/forms/form-card";
import { RadioGroupField } from "@/components/forms/radio-group-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import type { TCheckConsentToken } from "@/lib/consent-tokens/schemas";
import type { TValidationResource } from "@/lib/consent-tokens/list-validation-resources";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

export type TValidatorField =
  "token" | "environment" | "resourceIdentifier" | "requireScope" | `expectedMetadata.${string}`;

export type TConsentTokenFormProps = {
  /** react-hook-form's registration once the validator's code is loaded; before that a name-only one. */
  register: (name: TValidatorField) => UseFormRegisterReturn;
  errorOf: (name: TValidatorField) => string | undefined;
  /** What the fields hold when (re)drawn: the defaults, or what the person had entered before react-hook-form came. */
  values: TCheckConsentToken;
  resources: TValidationResource[];
  /** The chosen resource: its metadata keys are fields of their own. */
  resource: TValidationResource | undefined;
  environments: readonly TUpstreamEnvironment[];
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  isSubmitting: boolean;
};

/**
 * Token, environment, resource and optional expected metadata values; the check runs on the server (a read). Only
 * draws the fields: consent-token-validator.tsx draws them before react-hook-form is loaded, consent-token-live.tsx
 * with it (the same markup, so the page does not move when it takes over).
 */
export function ConsentTokenForm({ register, errorOf, values, resource, ...props }: TConsentTokenFormProps) {
  const t = useTranslations("validator.form");
  return (
    <FormCard onSubmit={props.onSubmit} className="space-y-4" title={t("title")} headingId="validator-form-title">
      <TextAreaField
        id="token"
        label={t("token")}
        hint={t("tokenHint")}
        rows={6}
        error={errorOf("token")}
        registration={register("token")}
        textareaProps={{ spellCheck: false, autoComplete: "off", defaultValue: values.token }}
        textareaClassName="font-mono text-xs break-all"
      />
      <RadioGroupField
        legend={t("environment")}
        options={props.environments}
        labelOf={(environment) => t(`environments.${environment}`)}
        registration={register("environment")}
        defaultValue={values.environment}
      />
      <SelectField
        id="resourceIdentifier"
        label={t("resource")}
        hint={t("resourceHint")}
        error={errorOf("resourceIdentifier")}
        selectClassName="font-mono text-sm"
        defaultValue={values.resourceIdentifier}
        {...register("resourceIdentifier")}
        options={props.resources.map((r) => ({
          value: r.identifier,
          label: t("resourceOption", { identifier: r.identifier, version: r.version }),
        }))}
      />
      <div>
        <div className="flex items-center gap-2">
          <input
            id="requireScope"
            type="checkbox"
            className="h-4 w-4"
            aria-describedby="requireScope-hint"
            defaultChecked={values.requireScope ?? false}
            {...register("requireScope")}
          />
          <label htmlFor="requireScope" className="text-sm font-medium">
            {t("requireScope")}
          </label>
        </div>
        <p id="requireScope-hint" className="mt-1 text-sm text-slate-600">
          {t("requireScopeHint", {
            scopes: resource?.scopeReferences.length ? resource.scopeReferences.join(", ") : t("requireScopeNone"),
          })}
        </p>
      </div>
      {resource && resource.metadata.length > 0 && (
        <fieldset className="space-y-3" aria-describedby="expectedMetadata-hint">
          <legend className="text-sm font-medium">{t("expectedMetadata")}</legend>
          <p id="expectedMetadata-hint" className="text-sm text-slate-600">
            {t("expectedMetadataHint")}
          </p>
          {resource.metadata.map((m) => (
            <TextField
              key={`${resource.identifier}-${m.key}`}
              id={`expectedMetadata-${m.key}`}
              // Every declared key is required: Altinn ignores the `optional` flag (AM-00008).
              label={`${m.key} (${t("required")})`}
              error={errorOf(`expectedMetadata.${m.key}`)}
              registration={register(`expectedMetadata.${m.key}`)}
              inputProps={{ autoComplete: "off", spellCheck: false, defaultValue: values.expectedMetadata[m.key] }}
            />
          ))}
        </fieldset>
      )}
      <SubmitButton pending={props.isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
