"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { TextAreaField } from "@/components/forms/text-area-field";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { decideAccessRequestAction } from "@/lib/actions/access-request-actions";
import { ZDecideAccessRequest, type TDecideAccessRequestInput } from "@/lib/access-requests/schemas";

/** An owner administrator approves or denies; a denial needs a reason, which the consumer sees. */
export function DecisionForm(props: { orgNumber: string; requestId: string; open: boolean }) {
  const t = useTranslations("accessRequests.decide");
  const router = useRouter();
  const [success, setSuccess] = useState<string | null>(null);
  const form = useForm<TDecideAccessRequestInput, unknown, z.output<typeof ZDecideAccessRequest>>({
    resolver: zodResolver(ZDecideAccessRequest),
    defaultValues: { orgNumber: props.orgNumber, requestId: props.requestId, decision: "approve", reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const { error, submit } = useActionSubmit(form.setError);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await submit(decideAccessRequestAction, values, () => {
      setSuccess(values.decision === "approve" ? t("approved") : t("denied"));
      router.refresh();
    });
    // Someone else decided: show their decision, keeping our message.
    if (!result.ok && result.error.code === "CONFLICT") router.refresh();
  });
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
    <form onSubmit={onSubmit} noValidate aria-labelledby="decide-heading" className="max-w-2xl space-y-3 rounded border border-slate-200 bg-white p-4">
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
        <button type="submit" onClick={choose("approve")} disabled={isSubmitting} className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60">
          {t("approve")}
        </button>
        <button type="submit" onClick={choose("deny")} disabled={isSubmitting} className="rounded border border-red-700 px-4 py-2 font-medium text-red-800 hover:bg-red-50 disabled:opacity-60">
          {t("deny")}
        </button>
      </div>
    </form>
  );
}
