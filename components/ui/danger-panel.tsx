"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import type { TActionError } from "@/lib/platform/errors/action-result";
import { ConfirmDialog } from "./confirm-dialog";
import { Section } from "./section";

/**
 * Messages of a change that cannot be taken back, each with the same keys: `title`, `text`, `button`,
 * `confirmTitle`, `confirmText`, `cancel`, `confirm`.
 */
type TDangerMessages = "accessLists.delete" | "scopes.deactivate";

/**
 * A change that cannot be taken back (delete a list, deactivate a scope): a red-bordered panel that says what it does,
 * a button that asks first (ConfirmDialog), and a refusal shown in the panel. `values` fill the messages.
 */
export function DangerPanel(props: {
  headingId: string;
  messages: TDangerMessages;
  values: Record<string, string | number>;
  error: TActionError | null;
  pending: boolean;
  onConfirm: () => unknown;
  className?: string;
}) {
  const t = useTranslations(props.messages) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  return (
    <Section headingId={props.headingId} title={t("title")} tone="danger" className={props.className}>
      <p className="text-sm text-slate-700">{t("text", props.values)}</p>
      <FormStatus error={props.error} />
      <ConfirmDialog
        trigger={t("button")}
        pending={props.pending}
        title={t("confirmTitle", props.values)}
        description={t("confirmText", props.values)}
        cancelLabel={t("cancel")}
        confirmLabel={t("confirm")}
        onConfirm={props.onConfirm}
      />
    </Section>
  );
}
