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
import { decideAccessRequestAction } from "@/lib/access-requests/access-request-actions";
import { ZDecideAccessRequest, type TDecideAccessRequestInput } from "@/lib/access-requests/schemas";

/** An owner administrator approves or denies; a denial needs a reason, which the consumer sees. */
export function DecisionForm(props: { orgNumber: string; requestId: string; open: boolean }) {
  const t = useTranslations("accessRequests.decide");
  const form = useForm<TDecideAccessRequestInput, unknown, z.output<typeof ZDecideAccessRequest>>({
    resolver: zodResolver(ZDecideAccessRequest),
    defaultValues: { orgNumber: props.orgNumber, requestId: props.requestId, decision: "approve", reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  // Someone else decided first (a conflict): the hook re-reads the page, which shows their decision beside our message.
  const { error, success, submit } = useActionSubmit(form.setError);
  const onSubmit = form.handleSubmit((values) =>
    submit(decideAccessRequestAction, values, () => (values.decision === "approve" ? t("approved") : t("denied"))),
  );
  // Once decided the form goes, but this component stays mounted so the outcome stays announced.
  if (!props.open) {
    return (
      <div data-testid="decision-outcome" className="max-w-2xl">
        <FormStatus error={error} success={success} />
      </div>
    );
  }
  // Which button was pressed decides; the click runs before the form's submit event.
  const choose = (decision: "approve" | "deny") => () => form.setValue("decision", decision);

  return (
    <FormCard onSubmit={onSubmit} aria-labelledby="decide-heading" className="max-w-2xl space-y-3">
      <h2 id="decide-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <TextAreaField
        id="decision-reason"
        label={t("reason")}
        hint={t("reasonHint")}
        error={errors.reason?.message}
        registration={form.register("reason")}
      />
      <div data-testid="decision-outcome">
        <FormStatus error={error} success={success} />
      </div>
      <div className="flex gap-3">
        <SubmitButton pending={isSubmitting} label={t("approve")} onClick={choose("approve")} />
        <SubmitButton pending={isSubmitting} label={t("deny")} onClick={choose("deny")} variant="danger" />
      </div>
    </FormCard>
  );
}
