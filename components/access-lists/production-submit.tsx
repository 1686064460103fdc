"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/**
 * A member form's submit button. On a production list the change is what consumers in production get, so it is
 * summarised and confirmed first (`onConfirm` then sends the form); on a test list it submits at once.
 */
export function ProductionSubmit(props: {
  production: boolean;
  pending: boolean;
  label: string;
  pendingLabel?: string;
  summary: ReactNode;
  onConfirm: () => unknown;
}) {
  const t = useTranslations("accessLists.production");
  if (!props.production)
    return <SubmitButton pending={props.pending} label={props.label} pendingLabel={props.pendingLabel} />;
  return (
    <ConfirmDialog
      tone="primary"
      triggerSize="md"
      trigger={props.label}
      pendingLabel={props.pendingLabel}
      pending={props.pending}
      title={t("confirmTitle")}
      description={<p data-testid="production-summary">{props.summary}</p>}
      cancelLabel={t("cancel")}
      confirmLabel={t("confirm")}
      onConfirm={props.onConfirm}
    />
  );
}
