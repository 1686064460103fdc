"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
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
  const [error, setError] = useState<TActionError | null>(null);

  const remove = async () => {
    const result = await deleteAccessListAction({ orgNumber: props.orgNumber, accessListId: props.accessListId });
    if (!result.ok) return setError(result.error);
    router.push(`/orgs/${props.orgNumber}/access-lists?environment=${props.environment}`);
    router.refresh();
  };

  return (
    <section aria-labelledby="delete-list-heading" className="max-w-3xl space-y-3 rounded border border-red-200 bg-white p-4">
      <h2 id="delete-list-heading" className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("text", { identifier: props.identifier })}</p>
      <FormStatus error={error} />
      <ConfirmDialog
        trigger={t("button")}
        title={t("confirmTitle", { identifier: props.identifier })}
        description={t("confirmText", { count: props.memberCount, environment: props.environmentName })}
        cancelLabel={t("cancel")}
        confirmLabel={t("confirm")}
        onConfirm={remove}
      />
    </section>
  );
}
