import { useTranslations } from "next-intl";
import { TableShell } from "@/components/ui/table-shell";
import { RevokeSupplier } from "./revoke-supplier";

export interface TSupplierRow {
  orgNumber: string;
  name: string | null;
  consentApiDelegated: boolean;
}

/**
 * The consumer's suppliers as Altinn lists them, with what each may do; administrators may revoke one. Server HTML:
 * only a row's revoke button is client code (issue 17: first-visit JavaScript).
 */
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
