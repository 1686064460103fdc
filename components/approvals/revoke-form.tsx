"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { revokeAccessRequestAction } from "@/lib/access-requests/access-request-actions";
import { ZRevokeAccessRequest, type TRevokeAccessRequestInput } from "@/lib/access-requests/schemas";

/** Takes back granted access: the scope grants and the list membership are removed upstream. */
export function RevokeForm(props: { orgNumber: string; requestId: string }) {
  const t = useTranslations("accessRequests.revoke");
  const form = useForm<TRevokeAccessRequestInput, unknown, z.output<typeof ZRevokeAccessRequest>>({
    resolver: zodResolver(ZRevokeAccessRequest),
    defaultValues: { orgNumber: props.orgNumber, requestId: props.requestId, reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit((values) => submit(revokeAccessRequestAction, values));
  return (
    <FormCard tone="danger" onSubmit={onSubmit} aria-labelledby="revoke-heading" className="max-w-2xl space-y-3">
      <h2 id="revoke-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <TextAreaField
        id="revoke-reason"
        label={t("reason")}
        rows={2}
        error={errors.reason?.message}
        registration={form.register("reason")}
      />
      <FormStatus error={error} />
      <SubmitButton pending={isSubmitting} label={t("submit")} variant="danger" />
    </FormCard>
  );
}
