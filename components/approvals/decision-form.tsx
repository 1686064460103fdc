"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { bindField, useActionForm } from "@/components/forms/use-action-form";
import { decideAccessRequestAction } from "@/lib/access-requests/access-request-actions";

/**
 * After a decision, what it led to as the request stands now: "being set up" while the grants are on their way, "active"
 * once they all arrived (often before the page re-renders: the worker picks them up within milliseconds). Any other
 * status (failed, revoked) has its own message on the page.
 */
const OUTCOME: Record<string, Readonly<Record<string, "approved" | "approvedActive" | "denied">>> = {
  approve: { APPROVED: "approved", PROVISIONING: "approved", ACTIVE: "approvedActive" },
  deny: { DENIED: "denied" },
};

/** An owner administrator approves or denies; a denial needs a reason, which the consumer sees. */
export function DecisionForm(props: { orgNumber: string; requestId: string; status: string }) {
  const t = useTranslations("accessRequests.decide");
  // Someone else decided first (a conflict): the hook re-reads the page, which shows their decision beside our message.
  const { form, isSubmitting, error, success, submit } = useActionForm(
    () => import("@/lib/access-requests/schemas").then((m) => m.ZDecideAccessRequest),
    {
      orgNumber: props.orgNumber,
      requestId: props.requestId,
      decision: "approve",
      reason: "",
    },
  );
  const onSubmit = form.handleSubmit((values) =>
    submit(decideAccessRequestAction, values, () => (values.decision === "approve" ? t("approved") : t("denied"))),
  );
  const decided = form.getValues("decision");
  const outcome = OUTCOME[decided]?.[props.status];
  // Once decided the form goes, but this component stays mounted so the outcome stays announced, and only while
  // the request's current status still says it (OUTCOME).
  if (props.status !== "SUBMITTED") {
    return (
      <div data-testid="decision-outcome" className="max-w-2xl">
        <FormStatus error={error} success={success && outcome ? t(outcome) : undefined} />
      </div>
    );
  }
  // Which button was pressed decides; the click runs before the form's submit event.
  const choose = (decision: "approve" | "deny") => () => form.setValue("decision", decision);

  return (
    <FormCard onSubmit={onSubmit} className="max-w-2xl space-y-3" title={t("title")} headingId="decide-heading">
      <TextAreaField id="decision-reason" label={t("reason")} hint={t("reasonHint")} {...bindField(form, "reason")} />
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
