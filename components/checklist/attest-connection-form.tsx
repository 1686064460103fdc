"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/forms/field-error";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { attestConnectionAction } from "@/lib/checklist/checklist-actions";
import { TERMS_VERSION, ZAttestConnection, type TAttestConnectionInput } from "@/lib/checklist/schemas";
import { queryKeys } from "@/lib/platform/query/keys";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

/** An administrator's attestation of the Maskinporten connection, which no API can verify. */
export function AttestConnectionForm({
  orgNumber,
  environment,
}: {
  orgNumber: string;
  environment: TUpstreamEnvironment;
}) {
  const t = useTranslations("checklist");
  const queryClient = useQueryClient();
  const form = useForm<TAttestConnectionInput, unknown, z.output<typeof ZAttestConnection>>({
    resolver: zodResolver(ZAttestConnection),
    defaultValues: { orgNumber, environment, termsVersion: TERMS_VERSION, accepted: false as unknown as true },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, success, submit } = useActionSubmit(form.setError);

  // The page is re-rendered by the action's revalidation; the checklist's live checks are react-query's to re-read.
  const onSubmit = form.handleSubmit((values) =>
    submit(attestConnectionAction, values, async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.checklist(orgNumber, environment) });
      return t("attest.done");
    }),
  );

  return (
    <FormCard onSubmit={onSubmit} aria-labelledby="attest-connection-heading" className="max-w-2xl space-y-3">
      <h2 id="attest-connection-heading" className="text-lg font-semibold">
        {t("attest.title")}
      </h2>
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
