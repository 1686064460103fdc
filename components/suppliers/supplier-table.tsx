"use client";

import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/forms/form-status";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TableShell } from "@/components/ui/table-shell";
import { removeSupplierAction } from "@/lib/suppliers/supplier-actions";

export interface TSupplierRow {
  orgNumber: string;
  name: string | null;
  consentApiDelegated: boolean;
}

/** The consumer's suppliers as Altinn lists them, with what each may do; administrators may revoke one. */
export function SupplierTable(props: { orgNumber: string; suppliers: TSupplierRow[]; canChange: boolean }) {
  const t = useTranslations("suppliers.suppliers");
  return (
    <TableShell
      caption={t("caption")}
      columns={[t("organisation"), t("access"), ...(props.canChange ? [""] : [])]}
      empty={{ text: t("none"), rowCount: props.suppliers.length }}
      testId="supplier-table"
    >
      {props.suppliers.map((supplier) => (
        <tr key={supplier.orgNumber} className="border-t border-slate-200 align-top">
          <td className="px-3 py-2">
            {supplier.name ?? supplier.orgNumber} <span className="font-mono text-slate-600">{supplier.orgNumber}</span>
          </td>
          <td className="px-3 py-2">{supplier.consentApiDelegated ? t("consentApi") : t("partial")}</td>
          {props.canChange && (
            <td className="px-3 py-2">
              <RevokeSupplier orgNumber={props.orgNumber} supplier={supplier} />
            </td>
          )}
        </tr>
      ))}
    </TableShell>
  );
}

function RevokeSupplier(props: { orgNumber: string; supplier: TSupplierRow }) {
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
