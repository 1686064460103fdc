"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { revokeAccessRequestAction } from "@/lib/access-requests/access-request-actions";

/** Takes back granted access: the scope grants and the list membership are removed upstream. */
export function RevokeForm(props: { orgNumber: string; requestId: string }) {
  const t = useTranslations("accessRequests.revoke");
  const { form, isSubmitting, error, submit } = useActionForm(
    () => import("@/lib/access-requests/schemas").then((m) => m.ZRevokeAccessRequest),
    {
      orgNumber: props.orgNumber,
      requestId: props.requestId,
      reason: "",
    },
  );
  const onSubmit = form.handleSubmit((values) => submit(revokeAccessRequestAction, values));
  return (
    <FormCard
      tone="danger"
      onSubmit={onSubmit}
      className="max-w-2xl space-y-3"
      title={t("title")}
      headingId="revoke-heading"
    >
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <TextAreaField id="revoke-reason" label={t("reason")} rows={2} {...bindField(form, "reason")} />
      <FormStatus error={error} />
      <SubmitButton pending={isSubmitting} label={t("submit")} variant="danger" />
    </FormCard>
  );
}
