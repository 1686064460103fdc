import Link from "next/link";
import { ConsentResourcesTable } from "@/components/consent-resources/consent-resources-table";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { buttonClass } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { listConsentResources } from "@/lib/consent-resources/list-consent-resources";
import { hasRole } from "@/lib/platform/auth/roles";

export const generateMetadata = pageTitle("consentResources.list");

export default async function ConsentResourcesPage({ params }: PageProps<"/orgs/[orgNumber]/resources">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "consentResources.list");
  if (!organisation.scopePrefix) {
    return (
      <PageShell title={t("title")}>
        <p className="text-slate-700">{t("notServiceOwner")}</p>
      </PageShell>
    );
  }
  const canEdit = hasRole(role, "EDITOR");
  const resources = await listConsentResources({ organisationId: organisation.id });
  return (
    <PageShell title={t("title")} intro={t("intro")}>
      {canEdit ? (
        <Link
          href={`/orgs/${orgNumber}/resources/new`}
          className={buttonClass({ variant: "primary", size: "md", className: "inline-block" })}
        >
          {t("new")}
        </Link>
      ) : (
        <p className="text-slate-700">{t("viewerNote")}</p>
      )}
      {resources.length ? (
        <ConsentResourcesTable orgNumber={orgNumber} resources={resources} />
      ) : (
        <p className={cardClass({ className: "text-slate-700" })}>
          {t("empty")} {canEdit && t("emptyEditor")}
        </p>
      )}
    </PageShell>
  );
}
