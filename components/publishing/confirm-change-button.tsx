"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { deleteTestConsentResourceAction, withdrawConsentResourceAction } from "@/lib/actions/publishing-actions";
import type { TActionError } from "@/lib/errors/action-result";

/** Withdraw (test or production) or delete (test only), each after a confirmation. */
export function ConfirmChangeButton(props: { orgNumber: string; identifier: string; environment: "TEST" | "PROD"; change: "withdraw" | "delete" }) {
  const t = useTranslations("publishing");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const environment = t(`environments.${props.environment}`);
  const isDelete = props.change === "delete";

  const run = () =>
    startTransition(async () => {
      const input = { orgNumber: props.orgNumber, identifier: props.identifier };
      const result = isDelete
        ? await deleteTestConsentResourceAction(input)
        : await withdrawConsentResourceAction({ ...input, environment: props.environment });
      setError(result.ok ? null : result.error);
      setSuccess(result.ok ? (isDelete ? t("deleted") : t("withdrawn", { environment })) : null);
      router.refresh();
    });

  const label = isDelete ? t("delete") : t("withdraw", { environment });
  return (
    <div className="space-y-2">
      <AlertDialog.Root>
        <AlertDialog.Trigger disabled={pending} className="rounded border border-red-300 px-3 py-1.5 text-red-800 hover:bg-red-50 disabled:opacity-50">
          {label}
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[90vw] max-w-md -translate-x-1/2 -translate-y-1/2 rounded bg-white p-6 shadow-xl">
            <AlertDialog.Title className="text-lg font-semibold">
              {isDelete ? t("confirmDeleteTitle") : t("confirmWithdrawTitle", { environment })}
            </AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-slate-700">
              {isDelete ? t("confirmDeleteText", { identifier: props.identifier }) : t("confirmWithdrawText")}
            </AlertDialog.Description>
            <div className="mt-6 flex justify-end gap-2">
              <AlertDialog.Cancel className="rounded border border-slate-300 px-3 py-1.5">{t("cancel")}</AlertDialog.Cancel>
              <AlertDialog.Action onClick={run} className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
                {t("confirm")}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
      <FormStatus error={error} success={success} />
    </div>
  );
}
