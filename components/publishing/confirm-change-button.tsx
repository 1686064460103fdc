"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteTestConsentResourceAction, withdrawConsentResourceAction } from "@/lib/publishing/publishing-actions";
import type { TEnvironment } from "@/lib/platform/environment";

/** Withdraw (test or production) or delete (test only), each after a confirmation. */
export function ConfirmChangeButton(props: {
  orgNumber: string;
  identifier: string;
  environment: TEnvironment;
  change: "withdraw" | "delete";
}) {
  const t = useTranslations("publishing");
  const { error, success, pending, submit } = useActionSubmit();
  const environment = t(`environments.${props.environment}`);
  const isDelete = props.change === "delete";
  const input = { orgNumber: props.orgNumber, identifier: props.identifier };
  const run = () =>
    isDelete
      ? submit(deleteTestConsentResourceAction, input, () => t("deleted"))
      : submit(withdrawConsentResourceAction, { ...input, environment: props.environment }, () =>
          t("withdrawn", { environment }),
        );

  return (
    <div className="space-y-2">
      <ConfirmDialog
        trigger={isDelete ? t("delete") : t("withdraw", { environment })}
        pending={pending}
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
