"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { removeSupplierAction } from "@/lib/suppliers/supplier-actions";

/** An administrator revokes a supplier's delegation, after confirming (a row of the supplier table). */
export function RevokeSupplier(props: { orgNumber: string; supplier: { orgNumber: string; name: string | null } }) {
  const t = useTranslations("suppliers.suppliers");
  const { pending, error, success, submit } = useActionSubmit();
  const name = props.supplier.name ?? props.supplier.orgNumber;
  return (
    <div className="space-y-1">
      <ConfirmDialog
        trigger={t("remove")}
        triggerAriaLabel={t("removeLabel", { name })}
        triggerSize="xs"
        keepTriggerEnabled
        pending={pending}
        pendingLabel={t("removing")}
        title={t("removeTitle", { name })}
        description={<p>{t("removeDescription", { name })}</p>}
        cancelLabel={t("cancel")}
        confirmLabel={t("remove")}
        onConfirm={() =>
          submit(
            removeSupplierAction,
            { orgNumber: props.orgNumber, supplierOrgNumber: props.supplier.orgNumber },
            () => t("removed"),
          )
        }
      />
      <FormStatus compact error={error} success={success} />
    </div>
  );
}
