import { getTranslations } from "next-intl/server";
import { AttestConnectionForm } from "@/components/checklist/attest-connection-form";
import { ChecklistView } from "@/components/checklist/checklist-view";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { hasRole } from "@/lib/platform/auth/roles";
import { ZEnvironmentParam } from "@/lib/platform/environment";

export async function generateMetadata() {
  const t = await getTranslations("checklist");
  return { title: t("title") };
}

/** The consumer's onboarding checklist; the steps are verified live by ChecklistView on every visit. */
export default async function ChecklistPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/checklist">) {
  const { orgNumber } = await params;
  const { role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("checklist");
  const environment = ZEnvironmentParam.catch("test").parse((await searchParams).environment);
  const isAdmin = hasRole(role, "ADMIN");
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro", { environment: t(`environments.${environment}`) })}</p>
      <EnvironmentTabs basePath={`/orgs/${orgNumber}/checklist`} environment={environment} />
      <ChecklistView key={environment} orgNumber={orgNumber} environment={environment} />
      {isAdmin ? (
        <AttestConnectionForm key={`attest-${environment}`} orgNumber={orgNumber} environment={environment} />
      ) : (
        <p className="text-slate-700">{t("viewerNote")}</p>
      )}
    </section>
  );
}
