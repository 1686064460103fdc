"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { RadioGroupField } from "@/components/forms/radio-group-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { createApiTokenAction } from "@/lib/api-tokens/api-token-actions";
import { API_TOKEN_LIFETIMES, API_TOKEN_SCOPES, ZCreateApiToken } from "@/lib/api-tokens/schemas";
import { EnvironmentCheckboxes } from "./environment-checkboxes";
import { TokenSecretOnce } from "./token-secret-once";

/**
 * Creates a token (administrators): its name, scope, environments and lifetime. The secret comes back once, in the
 * action's answer, and is shown until the page is left; a token that may apply in production needs a recent login.
 */
export function CreateApiTokenForm(props: { orgNumber: string }) {
  const t = useTranslations("definitions.tokens");
  const [secret, setSecret] = useState<string | null>(null);
  const { form, isSubmitting, error, success, submitAndReset } = useActionForm(ZCreateApiToken, {
    orgNumber: props.orgNumber,
    name: "",
    scope: "PLAN",
    environments: ["TEST"],
    lifetimeDays: "90",
  });
  const onSubmit = submitAndReset(createApiTokenAction, (values, data) => {
    setSecret(data.secret);
    return t("created", { name: values.name });
  });
  return (
    <FormCard
      onSubmit={onSubmit}
      className="max-w-xl space-y-4"
      title={t("createTitle")}
      headingId="create-token-heading"
    >
      <TextField id="api-token-name" label={t("name")} hint={t("nameHint")} {...bindField(form, "name")} />
      <RadioGroupField
        legend={t("scope")}
        options={API_TOKEN_SCOPES}
        labelOf={(scope) => t(`scopes.${scope}`)}
        registration={form.register("scope")}
      />
      <EnvironmentCheckboxes
        control={form.control}
        legend={t("environments")}
        labelOf={(environment) => t(`environment.${environment}`)}
      />
      <SelectField
        id="api-token-lifetime"
        label={t("lifetime")}
        options={API_TOKEN_LIFETIMES.map((days) => ({ value: days, label: t(`lifetimes.${days}`) }))}
        {...form.register("lifetimeDays")}
      />
      <p className="text-sm text-slate-700">{t("productionNote")}</p>
      <FormStatus error={error} success={success} />
      {secret && <TokenSecretOnce secret={secret} />}
      <SubmitButton pending={isSubmitting} label={t("create")} pendingLabel={t("creating")} />
    </FormCard>
  );
}
