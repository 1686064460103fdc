"use client";

import { queryClient } from "@/components/ui/query-client";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field-error";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { attestConnectionAction } from "@/lib/checklist/checklist-actions";
import { TERMS_VERSION } from "@/lib/checklist/terms-version";
import { queryKeys } from "@/lib/platform/query/keys";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

/**
 * An administrator's attestation of the Maskinporten connection, which no API can verify. Shown while the checklist
 * says the step is not done; once it is, only the outcome of this visit's attestation stays.
 */
export function AttestConnectionForm({
  orgNumber,
  environment,
  attested,
}: {
  orgNumber: string;
  environment: TUpstreamEnvironment;
  attested: boolean;
}) {
  const t = useTranslations("checklist");
  const client = queryClient();
  const { form, errors, isSubmitting, error, success, submit } = useActionForm(
    () => import("@/lib/checklist/schemas").then((m) => m.ZAttestConnection),
    {
      orgNumber,
      environment,
      termsVersion: TERMS_VERSION,
      accepted: false as unknown as true,
    },
  );

  // The page is re-rendered by the action's revalidation; the checklist's live checks are react-query's to re-read.
  const onSubmit = form.handleSubmit((values) =>
    submit(attestConnectionAction, values, async () => {
      await client.invalidateQueries({ queryKey: queryKeys.checklist(orgNumber, environment) });
      return t("attest.done");
    }),
  );

  if (attested)
    return (
      <div data-testid="attest-outcome" className="max-w-2xl">
        <FormStatus error={error} success={success} />
      </div>
    );

  return (
    <FormCard
      onSubmit={onSubmit}
      className="max-w-2xl space-y-3"
      title={t("attest.title")}
      headingId="attest-connection-heading"
    >
      <p className="text-slate-700">
        {t("attest.intro", { version: TERMS_VERSION, environment: t(`environments.${environment}`) })}
      </p>
      <div>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            className="mt-1"
            aria-invalid={errors.accepted ? true : undefined}
            aria-describedby="attest-accepted-error"
            {...form.register("accepted")}
          />
          <span>{t("attest.checkbox", { version: TERMS_VERSION })}</span>
        </label>
        <FieldError id="attest-accepted-error" message={errors.accepted?.message} />
      </div>
      <SubmitButton pending={isSubmitting} label={t("attest.submit")} />
      <FormStatus error={error} success={success} />
    </FormCard>
  );
}
