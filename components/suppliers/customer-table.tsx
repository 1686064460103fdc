import Link from "next/link";
import { useTranslations } from "next-intl";
import { TableShell } from "@/components/ui/table-shell";

/** The supplier's customers (consumers that delegated the consent API to it), each a way into the integration kit. */
export function CustomerTable(props: { orgNumber: string; customers: { orgNumber: string; name: string | null }[] }) {
  const t = useTranslations("suppliers.customers");
  return (
    <TableShell
      caption={t("caption")}
      columns={[t("organisation"), t("kit")]}
      empty={{ text: t("none"), rowCount: props.customers.length }}
      testId="customer-table"
    >
      {props.customers.map((customer) => {
        const name = customer.name ?? customer.orgNumber;
        return (
          <tr key={customer.orgNumber} className="border-t border-slate-200">
            <td className="px-3 py-2">
              {name} <span className="font-mono text-slate-600">{customer.orgNumber}</span>
            </td>
            <td className="px-3 py-2">
              <Link
                className="text-brand-700 underline"
                href={`/orgs/${props.orgNumber}/integration?for=${customer.orgNumber}`}
              >
                {t("buildFor", { name })}
              </Link>
            </td>
          </tr>
        );
      })}
    </TableShell>
  );
}
