import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { AddSupplier } from "@/components/suppliers/add-supplier";
import { CustomerTable } from "@/components/suppliers/customer-table";
import { ConnectIdportenLink } from "@/components/suppliers/connect-idporten-link";
import { SupplierTable } from "@/components/suppliers/supplier-table";
import { Notice } from "@/components/ui/notice";
import { Section } from "@/components/ui/section";
import { hasRole } from "@/lib/platform/auth/roles";
import { getSuppliersPage, type TLoaded } from "@/lib/suppliers/get-suppliers-page";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("suppliers");
export const dynamic = "force-dynamic";

// Why the last ID-porten connection kept nothing (app/api/altinn-idporten/callback/route.ts).
const CONNECT_PROBLEMS = ["otherPerson", "cancelled", "state", "failed"] as const;

export default async function SuppliersPage(props: PageProps<"/orgs/[orgNumber]/suppliers">) {
  const { orgNumber, role, t } = await loadOrgPage(props.params, "suppliers");
  const [page, query] = await Promise.all([getSuppliersPage(orgNumber), props.searchParams]);
  const problem = CONNECT_PROBLEMS.find((known) => known === query.altinn);
  const isAdmin = hasRole(role, "ADMIN");
  // Altinn's refusal of the person (403) names the right they lack; an outage or other refusal gives Altinn's reason.
  const refused = (failed: Extract<TLoaded<unknown>, { ok: false }>) => (
    <Notice role="alert">{failed.forbidden ? t("forbidden") : t("unavailable", { reason: failed.reason })}</Notice>
  );
  if (page.login)
    return (
      <ClientMessages route="orgs/[orgNumber]/suppliers/page">
        <PageShell title={t("title")} intro={t("intro")} spacing="lg">
          <div className="max-w-3xl space-y-3" data-testid="supplier-login">
            {problem && <Notice role="alert">{t(`login.problem.${problem}`)}</Notice>}
            <Notice role={problem ? undefined : "alert"}>
              {page.connectable ? t(`login.${page.login}`) : t("login.unconfigured")}
            </Notice>
            {page.connectable && <ConnectIdportenLink orgNumber={orgNumber} />}
          </div>
        </PageShell>
      </ClientMessages>
    );
  const { suppliers, customers } = page;
  return (
    <ClientMessages route="orgs/[orgNumber]/suppliers/page">
      <PageShell title={t("title")} intro={t("intro")} spacing="lg">
        <Section headingId="suppliers-heading" title={t("suppliers.title")} className="space-y-4">
          {suppliers.ok ? (
            <SupplierTable orgNumber={orgNumber} suppliers={suppliers.value} canChange={isAdmin} />
          ) : (
            refused(suppliers)
          )}
          {isAdmin && suppliers.ok && <AddSupplier orgNumber={orgNumber} />}
        </Section>
        <Section headingId="customers-heading" title={t("customers.title")} className="space-y-4">
          <p className="max-w-3xl text-slate-700">{t("customers.intro")}</p>
          {customers.ok ? <CustomerTable orgNumber={orgNumber} customers={customers.value} /> : refused(customers)}
        </Section>
      </PageShell>
    </ClientMessages>
  );
}
