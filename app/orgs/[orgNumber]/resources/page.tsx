import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConsentResourcesTable } from "@/components/consent-resources/consent-resources-table";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { listConsentResources } from "@/lib/consent-resources/list-consent-resources";
import { hasRole } from "@/lib/platform/auth/roles";
import { cardClass } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("consentResources.list");
  return { title: t("title") };
}

export default async function ConsentResourcesPage({ params }: PageProps<"/orgs/[orgNumber]/resources">) {
  const { orgNumber } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("consentResources.list");
  const canEdit = hasRole(role, "EDITOR");
  if (!organisation.scopePrefix) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("notServiceOwner")}</p>
      </section>
    );
  }
  const resources = await listConsentResources({ organisationId: organisation.id });
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {!canEdit && <p className="text-slate-700">{t("viewerNote")}</p>}
      {canEdit && (
        <Link
          href={`/orgs/${orgNumber}/resources/new`}
          className={buttonClass({ variant: "primary", size: "md", className: "inline-block" })}
        >
          {t("new")}
        </Link>
      )}
      {resources.length ? (
        <ConsentResourcesTable orgNumber={orgNumber} resources={resources} />
      ) : (
        <p className={cardClass({ className: "text-slate-700" })}>
          {t("empty")} {canEdit && t("emptyEditor")}
        </p>
      )}
    </section>
  );
}
