"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { revokeAccessRequestAction } from "@/lib/access-requests/access-request-actions";
import { useReasonForm } from "./use-reason-form";

/**
 * Takes back granted access: the scope grants and the list membership are removed upstream. One field, so React's own
 * form actions send it (use-reason-form.ts); the action's schema requires the reason and answers beside the field.
 */
export function RevokeForm(props: { orgNumber: string; requestId: string }) {
  const t = useTranslations("accessRequests.revoke");
  const { pending, onSubmit, reasonField, error } = useReasonForm(({ reason }, submit) =>
    submit(revokeAccessRequestAction, { orgNumber: props.orgNumber, requestId: props.requestId, reason }),
  );
  return (
    <FormCard
      tone="danger"
      onSubmit={onSubmit}
      className="max-w-2xl space-y-3"
      title={t("title")}
      headingId="revoke-heading"
    >
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <TextAreaField id="revoke-reason" label={t("reason")} rows={2} {...reasonField} />
      <FormStatus error={error} />
      <SubmitButton pending={pending} label={t("submit")} variant="danger" />
    </FormCard>
  );
}
