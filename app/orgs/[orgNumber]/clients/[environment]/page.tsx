import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientList } from "@/components/clients/client-list";
import { CreateClientForm } from "@/components/clients/create-client-form";
import { ConsentScopePanel } from "@/components/consent-scopes/consent-scope-panel";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { availableClientScopes } from "@/lib/clients/available-client-scopes";
import { listClients } from "@/lib/clients/list-clients";
import { latestConsentScopeRequest } from "@/lib/consent-scopes/list-consent-scope-requests";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { hasRole } from "@/lib/platform/auth/roles";
import { UPSTREAM_ENVIRONMENTS, ZEnvironmentParam } from "@/lib/platform/environment";

export async function generateMetadata() {
  const t = await getTranslations("clients");
  return { title: t("title") };
}

export default async function ClientsPage({ params }: PageProps<"/orgs/[orgNumber]/clients/[environment]">) {
  const { orgNumber, environment: raw } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const parsed = ZEnvironmentParam.safeParse(raw);
  if (!parsed.success) notFound();
  const environment = parsed.data;
  const t = await getTranslations("clients");
  const [clients, scopes, consentRequest] = await Promise.all([
    listClients({ organisationId: organisation.id, environment }),
    availableClientScopes({ organisationId: organisation.id, environment }),
    latestConsentScopeRequest({ organisationId: organisation.id, environment }),
  ]);
  // Production changes are administrators' (lib/platform/auth/production-rule.ts); editors see why.
  const isEditor = hasRole(role, "EDITOR");
  const canEdit = canChangeEnvironment(role, environment);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <p className="max-w-3xl text-sm text-slate-700">
        {t("delegationNote")}{" "}
        <Link href={`/orgs/${orgNumber}`} className="text-brand-700 underline">
          {t("delegationLink")}
        </Link>
      </p>
      <nav aria-label={t("environments.label")}>
        <ul className="flex gap-2">
          {UPSTREAM_ENVIRONMENTS.map((env) => (
            <li key={env}>
              <Link
                href={`/orgs/${orgNumber}/clients/${env}`}
                aria-current={env === environment ? "page" : undefined}
                className="inline-block rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
              >
                {t(`environments.${env}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ConsentScopePanel
        orgNumber={orgNumber}
        environment={environment}
        request={consentRequest}
        canRequest={isEditor}
      />
      <h2 className="text-xl font-semibold">{t("listTitle")}</h2>
      {!isEditor && <p className="text-slate-700">{t("viewerNote")}</p>}
      {isEditor && !canEdit && <p className="text-slate-700">{t("editorProdNote")}</p>}
      <ClientList orgNumber={orgNumber} clients={clients} canEdit={canEdit} />
      {canEdit && (
        <CreateClientForm key={environment} orgNumber={orgNumber} environment={environment} availableScopes={scopes} />
      )}
    </section>
  );
}
