import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { CreateAccessListForm } from "@/components/access-lists/create-access-list-form";
import { listAccessListsWithSync } from "@/lib/access-lists/list-access-lists-with-sync";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { hasRole } from "@/lib/platform/auth/roles";
import { ZEnvironmentParam } from "@/lib/platform/environment";

export async function generateMetadata() {
  const t = await getTranslations("accessLists");
  return { title: t("title") };
}

export default async function AccessListsPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/access-lists">) {
  const { orgNumber } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("accessLists");
  const orgCode = organisation.orgCode;
  if (!orgCode) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">{t("notServiceOwner")}</p>
      </section>
    );
  }
  const environment = ZEnvironmentParam.catch("test").parse((await searchParams).environment);
  const environmentName = t(`environments.${environment}`);
  const lists = await listAccessListsWithSync({ organisationId: organisation.id, environment });
  // Production changes are administrators' (lib/platform/auth/production-rule.ts); editors see why.
  const isEditor = hasRole(role, "EDITOR");
  const canEdit = canChangeEnvironment(role, environment);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro", { orgCode })}</p>
      <EnvironmentTabs basePath={`/orgs/${orgNumber}/access-lists`} environment={environment} />
      {!isEditor && <p className="text-slate-700">{t("viewerNote")}</p>}
      {isEditor && !canEdit && <p className="text-slate-700">{t("editorProdNote")}</p>}
      {lists.length === 0 ? (
        <p className="text-slate-700">{t("empty", { environment: environmentName })}</p>
      ) : (
        <table className="w-full max-w-4xl border-collapse text-left text-sm">
          <caption className="sr-only">{t("table.caption", { environment: environmentName })}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-4">
                {t("table.identifier")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("table.name")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("table.members")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("table.sync")}
              </th>
            </tr>
          </thead>
          <tbody>
            {lists.map(({ sync, ...list }) => {
              const total = sync.pending + sync.done + sync.failed.length;
              return (
                <tr key={list.id} className="border-b border-slate-100">
                  <td className="py-2 pr-4 font-mono">
                    <Link href={`/orgs/${orgNumber}/access-lists/${list.id}`} className="text-brand-700 underline">
                      {list.identifier}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{list.name}</td>
                  <td className="py-2 pr-4">{list._count.members}</td>
                  <td className="py-2 pr-4" data-testid="list-sync-summary">
                    {sync.failed.length > 0 ? (
                      <span className="text-red-800">{t("sync.failedTitle")}</span>
                    ) : total > 0 ? (
                      t("sync.batches", { done: sync.done, total })
                    ) : sync.latest ? (
                      <span className="text-green-800">{t("sync.synced")}</span>
                    ) : (
                      t("sync.none")
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {canEdit && (
        <CreateAccessListForm key={environment} orgNumber={orgNumber} environment={environment} orgCode={orgCode} />
      )}
    </section>
  );
}
