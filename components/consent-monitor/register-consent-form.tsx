"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { registerConsentAction } from "@/lib/consent-monitor/consent-monitor-actions";
import { fromUpstreamEnv, UPSTREAM_ENVIRONMENTS } from "@/lib/platform/environment";

/** Track a consent request made outside the kit: the portal asks Altinn that it exists and is the consumer's. */
export function RegisterConsentForm({ orgNumber }: { orgNumber: string }) {
  const t = useTranslations("consentMonitor");
  const { form, errors, isSubmitting, error, success, submitAndReset } = useActionForm(
    () => import("@/lib/consent-monitor/schemas").then((m) => m.ZRegisterConsent),
    {
      orgNumber,
      requestId: "",
      environment: "test",
    },
  );
  const onSubmit = submitAndReset(registerConsentAction, () => t("register.registered"));
  return (
    <FormCard onSubmit={onSubmit} className="max-w-xl space-y-4" title={t("register.title")}>
      <TextField
        id="requestId"
        label={t("register.requestId")}
        hint={t("register.requestIdHint")}
        {...bindField(form, "requestId")}
        inputProps={{ autoComplete: "off", className: "font-mono" }}
      />
      <SelectField
        id="register-environment"
        label={t("register.environment")}
        error={errors.environment?.message}
        {...form.register("environment")}
        options={UPSTREAM_ENVIRONMENTS.map((environment) => ({
          value: environment,
          label: t(`environment.${fromUpstreamEnv(environment)}`),
        }))}
      />
      <FormStatus error={error} success={success} />
      <SubmitButton pending={isSubmitting} label={t("register.submit")} pendingLabel={t("register.submitting")} />
    </FormCard>
  );
}
