"use client";

import { useTranslations } from "next-intl";
import { FormCard } from "@/components/forms/form-card";
import { FormStatus } from "@/components/forms/form-status";
import { TextAreaField } from "@/components/forms/text-area-field";
import { Button } from "@/components/ui/button";
import { decideAccessRequestAction } from "@/lib/access-requests/access-request-actions";
import { useReasonForm } from "./use-reason-form";

/**
 * After a decision, what it led to as the request stands now: "being set up" while the grants are on their way, "active"
 * once they all arrived (often before the page re-renders: the worker picks them up within milliseconds). Any other
 * status (failed, revoked) has its own message on the page.
 */
const OUTCOME: Record<string, Readonly<Record<string, "approved" | "approvedActive" | "denied">>> = {
  approve: { APPROVED: "approved", PROVISIONING: "approved", ACTIVE: "approvedActive" },
  deny: { DENIED: "denied" },
};

type TDecision = "approve" | "deny";

/**
 * An owner administrator approves or denies; a denial needs a reason, which the consumer sees. The page's purpose, so
 * it works at once: one field and two buttons (use-reason-form.ts), the reason checked by the action's schema.
 */
export function DecisionForm(props: { orgNumber: string; requestId: string; status: string }) {
  const t = useTranslations("accessRequests.decide");
  // Someone else decided first (a conflict): the hook re-reads the page, which shows their decision beside our message.
  const { done, pending, onSubmit, reasonField, error, success } = useReasonForm(({ reason, choice }, submit) => {
    const decision: TDecision = choice === "deny" ? "deny" : "approve";
    const input = { orgNumber: props.orgNumber, requestId: props.requestId, decision, reason };
    return submit(decideAccessRequestAction, input, () => t(decision === "approve" ? "approved" : "denied"));
  });
  const outcome = done ? OUTCOME[done]?.[props.status] : undefined;
  // Once decided the form goes, but this component stays mounted so the outcome stays announced, and only while
  // the request's current status still says it (OUTCOME).
  if (props.status !== "SUBMITTED") {
    return (
      <div data-testid="decision-outcome" className="max-w-2xl">
        <FormStatus error={error} success={success && outcome ? t(outcome) : undefined} />
      </div>
    );
  }
  return (
    <FormCard onSubmit={onSubmit} className="max-w-2xl space-y-3" title={t("title")} headingId="decide-heading">
      <TextAreaField id="decision-reason" label={t("reason")} hint={t("reasonHint")} {...reasonField} />
      <div data-testid="decision-outcome">
        <FormStatus error={error} success={success} />
      </div>
      {/* Which button was pressed decides: the submit event names it (`choice`). */}
      <div className="flex gap-3">
        <Button type="submit" variant="primary" size="md" value="approve" pending={pending}>
          {t("approve")}
        </Button>
        <Button type="submit" variant="danger" size="md" value="deny" pending={pending}>
          {t("deny")}
        </Button>
      </div>
    </FormCard>
  );
}
