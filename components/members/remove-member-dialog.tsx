"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { removeMemberAction } from "@/lib/actions/member-actions";
import type { TActionError } from "@/lib/errors/action-result";

export function RemoveMemberDialog(props: {
  orgNumber: string;
  membershipId: string;
  memberLabel: string;
  onResult: (error: TActionError | null) => void;
}) {
  const t = useTranslations("members.remove");
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      const result = await removeMemberAction({ orgNumber: props.orgNumber, membershipId: props.membershipId });
      props.onResult(result.ok ? null : result.error);
      router.refresh();
    });

  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger
        aria-label={t("removeMember", { member: props.memberLabel })}
        className="rounded border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50"
      >
        {t("remove")}
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-black/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[90vw] max-w-md -translate-x-1/2 -translate-y-1/2 rounded bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{t("confirmTitle")}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-slate-700">
            {t("confirmText", { member: props.memberLabel })}
          </AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel className="rounded border border-slate-300 px-3 py-1.5">{t("cancel")}</AlertDialog.Cancel>
            <AlertDialog.Action
              onClick={remove}
              disabled={pending}
              className="rounded bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800"
            >
              {t("confirm")}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
