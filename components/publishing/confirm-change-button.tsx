"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteTestConsentResourceAction, withdrawConsentResourceAction } from "@/lib/actions/publishing-actions";
import type { TActionError } from "@/lib/errors/action-result";

/** Withdraw (test or production) or delete (test only), each after a confirmation. */
export function ConfirmChangeButton(props: { orgNumber: string; identifier: string; environment: "TEST" | "PROD"; change: "withdraw" | "delete" }) {
  const t = useTranslations("publishing");
  const router = useRouter();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const environment = t(`environments.${props.environment}`);
  const isDelete = props.change === "delete";

  const run = async () => {
    const input = { orgNumber: props.orgNumber, identifier: props.identifier };
    const result = isDelete
      ? await deleteTestConsentResourceAction(input)
      : await withdrawConsentResourceAction({ ...input, environment: props.environment });
    setError(result.ok ? null : result.error);
    setSuccess(result.ok ? (isDelete ? t("deleted") : t("withdrawn", { environment })) : null);
    router.refresh();
  };

  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={isDelete ? t("delete") : t("withdraw", { environment })}
        title={isDelete ? t("confirmDeleteTitle") : t("confirmWithdrawTitle", { environment })}
        description={isDelete ? t("confirmDeleteText", { identifier: props.identifier }) : t("confirmWithdrawText")}
        cancelLabel={t("cancel")}
        confirmLabel={t("confirm")}
        onConfirm={run}
      />
      <FormStatus error={error} success={success} />
    </div>
  );
}
