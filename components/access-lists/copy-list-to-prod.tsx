"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { copyAccessListToProdAction } from "@/lib/access-lists/access-list-actions";

/** Copies the list to production once confirmed, saying what production gets; the outcome shows in its place. */
export function CopyListToProd(props: {
  orgNumber: string;
  accessListId: string;
  inProd: boolean;
  /** For the confirmation's summary of what production gets. */
  identifier: string;
  memberCount: number;
}) {
  const t = useTranslations("accessLists.copy");
  const { error, success, pending, submit } = useActionSubmit();
  const copy = () =>
    void submit(copyAccessListToProdAction, { orgNumber: props.orgNumber, accessListId: props.accessListId }, (data) =>
      t("copied", { count: data.memberCount }),
    );
  const outcome = error ?? success;

  return (
    <>
      {props.inProd && !outcome ? (
        <p className="text-sm text-slate-600">{t("inProd")}</p>
      ) : (
        !success && (
          <ConfirmDialog
            tone="primary"
            trigger={t("button")}
            pending={pending}
            title={t("confirmTitle", { identifier: props.identifier })}
            description={<p data-testid="copy-summary">{t("summary", { count: props.memberCount })}</p>}
            cancelLabel={t("cancel")}
            confirmLabel={t("confirm")}
            onConfirm={copy}
          />
        )
      )}
      <FormStatus error={error} success={success} compact />
    </>
  );
}
