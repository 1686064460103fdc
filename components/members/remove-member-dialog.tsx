"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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

  const remove = async () => {
    const result = await removeMemberAction({ orgNumber: props.orgNumber, membershipId: props.membershipId });
    props.onResult(result.ok ? null : result.error);
    router.refresh();
  };

  return (
    <ConfirmDialog
      trigger={t("remove")}
      triggerAriaLabel={t("removeMember", { member: props.memberLabel })}
      triggerClassName="rounded border border-red-300 px-2 py-1 text-red-800 hover:bg-red-50"
      disableTriggerWhilePending={false}
      title={t("confirmTitle")}
      description={t("confirmText", { member: props.memberLabel })}
      cancelLabel={t("cancel")}
      confirmLabel={t("confirm")}
      onConfirm={remove}
    />
  );
}
