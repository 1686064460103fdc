"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { deleteAccessListAction } from "@/lib/access-lists/access-list-actions";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

/** Deleting removes the list in Altinn too, and with it the members' right to request consent, so it asks first. */
export function DeleteAccessListDialog(props: {
  orgNumber: string;
  accessListId: string;
  identifier: string;
  memberCount: number;
  environment: TUpstreamEnvironment;
  environmentName: string;
}) {
  const t = useTranslations("accessLists.delete");
  const router = useRouter();
  const { error, pending, submit } = useActionSubmit();
  // The list's page is gone once deleted: back to the lists of its environment (the action revalidated them).
  const remove = () =>
    submit(deleteAccessListAction, { orgNumber: props.orgNumber, accessListId: props.accessListId }, () =>
      router.push(`/orgs/${props.orgNumber}/access-lists?environment=${props.environment}`),
    );

  return (
    <Card tone="danger" aria-labelledby="delete-list-heading" className="max-w-3xl space-y-3">
      <h2 id="delete-list-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("text", { identifier: props.identifier })}</p>
      <FormStatus error={error} />
      <ConfirmDialog
        trigger={t("button")}
        pending={pending}
        title={t("confirmTitle", { identifier: props.identifier })}
        description={t("confirmText", { count: props.memberCount, environment: props.environmentName })}
        cancelLabel={t("cancel")}
        confirmLabel={t("confirm")}
        onConfirm={remove}
      />
    </Card>
  );
}
