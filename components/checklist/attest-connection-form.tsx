"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/forms/field-error";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { attestConnectionAction } from "@/lib/actions/checklist-actions";
import { TERMS_VERSION, ZAttestConnection, type TAttestConnectionInput } from "@/lib/checklist/schemas";
import { queryKeys } from "@/lib/query/keys";

/** An administrator's attestation of the Maskinporten connection, which no API can verify. */
export function AttestConnectionForm({ orgNumber, environment }: { orgNumber: string; environment: "test" | "prod" }) {
  const t = useTranslations("checklist");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [success, setSuccess] = useState<string | null>(null);
  const form = useForm<TAttestConnectionInput, unknown, z.output<typeof ZAttestConnection>>({
    resolver: zodResolver(ZAttestConnection),
    defaultValues: { orgNumber, environment, termsVersion: TERMS_VERSION, accepted: false as unknown as true },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit(async (values) => {
    setSuccess(null);
    await submit(attestConnectionAction, values, async () => {
      setSuccess(t("attest.done"));
      await queryClient.invalidateQueries({ queryKey: queryKeys.checklist(orgNumber, environment) });
      router.refresh();
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="attest-connection-heading" className="max-w-2xl space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="attest-connection-heading" className="text-lg font-semibold">{t("attest.title")}</h2>
      <p className="text-slate-700">{t("attest.intro", { version: TERMS_VERSION, environment: t(`environments.${environment}`) })}</p>
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
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-50">
        {t("attest.submit")}
      </button>
      <FormStatus error={error} success={success} />
    </form>
  );
}
