"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { deleteAccessListAction } from "@/lib/actions/access-list-actions";
import type { TActionError } from "@/lib/errors/action-result";

/** Deleting removes the list in Altinn too, and with it the members' right to request consent, so it asks first. */
export function DeleteAccessListDialog(props: {
  orgNumber: string;
  accessListId: string;
  identifier: string;
  memberCount: number;
  environment: "test" | "prod";
  environmentName: string;
}) {
  const t = useTranslations("accessLists.delete");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<TActionError | null>(null);

  const remove = () =>
    startTransition(async () => {
      const result = await deleteAccessListAction({ orgNumber: props.orgNumber, accessListId: props.accessListId });
      if (!result.ok) return setError(result.error);
      router.push(`/orgs/${props.orgNumber}/access-lists?environment=${props.environment}`);
      router.refresh();
    });

  return (
    <section aria-labelledby="delete-list-heading" className="max-w-3xl space-y-3 rounded border border-red-200 bg-white p-4">
      <h2 id="delete-list-heading" className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("text", { identifier: props.identifier })}</p>
      <FormStatus error={error} />
      <AlertDialog.Root>
        <AlertDialog.Trigger disabled={pending} className="rounded border border-red-300 px-3 py-1.5 text-red-800 hover:bg-red-50 disabled:opacity-50">
          {t("button")}
        </AlertDialog.Trigger>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
          <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[90vw] max-w-md -translate-x-1/2 -translate-y-1/2 rounded bg-white p-6 shadow-xl">
            <AlertDialog.Title className="text-lg font-semibold">{t("confirmTitle", { identifier: props.identifier })}</AlertDialog.Title>
            <AlertDialog.Description className="mt-2 text-slate-700">
              {t("confirmText", { count: props.memberCount, environment: props.environmentName })}
            </AlertDialog.Description>
            <div className="mt-6 flex justify-end gap-2">
              <AlertDialog.Cancel className="rounded border border-slate-300 px-3 py-1.5">{t("cancel")}</AlertDialog.Cancel>
              <AlertDialog.Action onClick={remove} disabled={pending} className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800">
                {t("confirm")}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </section>
  );
}
