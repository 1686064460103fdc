"use client";

import { useTranslations } from "next-intl";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { FormCard } from "@/components/forms/form-card";
import { RadioGroupField } from "@/components/forms/radio-group-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import type { TConsentTokenReport } from "@/lib/consent-tokens/consent-token-report";
import type { TValidationResource } from "@/lib/consent-tokens/list-validation-resources";
import { type TCheckConsentToken } from "@/lib/consent-tokens/schemas";
import type { TValidatorOutcome } from "./consent-token-validator";
import { inputKey } from "./input-key";
import { UPSTREAM_ENVIRONMENTS } from "@/lib/platform/environment";
import { bindField } from "@/components/forms/use-action-form";

type TProps = {
  form: UseFormReturn<TCheckConsentToken>;
  orgNumber: string;
  resources: TValidationResource[];
  onOutcome: (outcome: TValidatorOutcome | null) => void;
};

/** Token, environment, resource and optional expected metadata values; the check runs on the server (a read). */
export function ConsentTokenForm({ form, orgNumber, resources, onOutcome }: TProps) {
  const t = useTranslations("validator.form");
  const tResult = useTranslations("validator.result");
  const { errors, isSubmitting } = form.formState;
  const resourceIdentifier = useWatch({ control: form.control, name: "resourceIdentifier" });
  const resource = resources.find((r) => r.identifier === resourceIdentifier);

  const onSubmit = form.handleSubmit(async (values) => {
    onOutcome(null);
    const input = inputKey(form.getValues());
    // Only the chosen resource's keys; values typed for another resource stay in the form but are not sent.
    const declared = new Set(resource?.metadata.map((m) => m.key));
    const expectedMetadata = Object.fromEntries(
      Object.entries(values.expectedMetadata).filter(([key]) => declared.has(key)),
    );
    const response = await fetch(`/orgs/${orgNumber}/validator/check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...values, expectedMetadata }),
    }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as
      (TConsentTokenReport & { error?: { message?: string } }) | null;
    if (!response?.ok || !body || body.error) {
      onOutcome({
        input,
        kind: "error",
        message: tResult("requestFailed", { message: body?.error?.message ?? String(response?.status ?? "") }),
      });
      return;
    }
    // The browser checks the same schema first, so a malformed report is a backstop only.
    if (body.kind === "malformed") return void form.setError("token", { type: "server", message: body.problem });
    onOutcome({ input, kind: "report", report: body, resource: values.resourceIdentifier });
  });

  return (
    <FormCard onSubmit={onSubmit} className="space-y-4" title={t("title")} headingId="validator-form-title">
      <TextAreaField
        id="token"
        label={t("token")}
        hint={t("tokenHint")}
        rows={6}
        {...bindField(form, "token")}
        textareaProps={{ spellCheck: false, autoComplete: "off" }}
        textareaClassName="font-mono text-xs break-all"
      />
      <RadioGroupField
        legend={t("environment")}
        options={UPSTREAM_ENVIRONMENTS}
        labelOf={(environment) => t(`environments.${environment}`)}
        registration={form.register("environment")}
      />
      <SelectField
        id="resourceIdentifier"
        label={t("resource")}
        hint={t("resourceHint")}
        error={errors.resourceIdentifier?.message}
        selectClassName="font-mono text-sm"
        {...form.register("resourceIdentifier")}
        options={resources.map((r) => ({
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
            {...form.register("requireScope")}
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
              error={errors.expectedMetadata?.[m.key]?.message}
              registration={form.register(`expectedMetadata.${m.key}`)}
              inputProps={{ autoComplete: "off", spellCheck: false }}
            />
          ))}
        </fieldset>
      )}
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </FormCard>
  );
}
