import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { AddSupplierForm } from "@/components/suppliers/add-supplier-form";
import { CustomerTable } from "@/components/suppliers/customer-table";
import { SupplierTable } from "@/components/suppliers/supplier-table";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { hasRole } from "@/lib/platform/auth/roles";
import { getSuppliersPage } from "@/lib/suppliers/get-suppliers-page";

export const generateMetadata = pageTitle("suppliers");
export const dynamic = "force-dynamic";

export default async function SuppliersPage(props: { params: Promise<{ orgNumber: string }> }) {
  const { orgNumber, role, t } = await loadOrgPage(props.params, "suppliers");
  const { suppliers, customers } = await getSuppliersPage(orgNumber);
  const isAdmin = hasRole(role, "ADMIN");
  return (
    <PageShell title={t("title")} intro={t("intro")} spacing="lg">
      <Section headingId="suppliers-heading" title={t("suppliers.title")} className="space-y-4">
        {suppliers.ok ? (
          <SupplierTable orgNumber={orgNumber} suppliers={suppliers.value} canChange={isAdmin} />
        ) : (
          <Notice>{t("unavailable", { reason: suppliers.reason, scope: suppliers.scope })}</Notice>
        )}
        {isAdmin && <AddSupplierForm orgNumber={orgNumber} />}
      </Section>
      <Section headingId="customers-heading" title={t("customers.title")} className="space-y-4">
        <p className="max-w-3xl text-slate-700">{t("customers.intro")}</p>
        {customers.ok ? (
          <CustomerTable orgNumber={orgNumber} customers={customers.value} />
        ) : (
          <Notice>{t("unavailable", { reason: customers.reason, scope: customers.scope })}</Notice>
        )}
      </Section>
    </PageShell>
  );
}
