import { getTranslations } from "next-intl/server";
import { CreateScopeForm } from "@/components/scopes/create-scope-form";
import { EnvironmentTabs } from "@/components/ui/environment-tabs";
import { ScopeList } from "@/components/scopes/scope-list";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { hasRole } from "@/lib/platform/auth/roles";
import { listScopes } from "@/lib/scopes/list-scopes";
import { ZEnvironmentParam } from "@/lib/platform/environment";

export async function generateMetadata() {
  const t = await getTranslations("scopes");
  return { title: t("title") };
}

export default async function ScopesPage({ params, searchParams }: PageProps<"/orgs/[orgNumber]/scopes">) {
  const { orgNumber } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const t = await getTranslations("scopes");
  const prefix = organisation.scopePrefix;
  if (!prefix) {
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="rounded border border-amber-300 bg-amber-50 p-4 text-amber-900">{t("notServiceOwner")}</p>
      </section>
    );
  }
  const environment = ZEnvironmentParam.catch("test").parse((await searchParams).environment);
  const scopes = await listScopes({ organisationId: organisation.id, environment });
  const namesInProd =
    environment === "test"
      ? (await listScopes({ organisationId: organisation.id, environment: "prod" })).map((s) => s.name)
      : [];
  // Production changes are administrators' (lib/platform/auth/production-rule.ts); editors see why.
  const isEditor = hasRole(role, "EDITOR");
  const canEdit = canChangeEnvironment(role, environment);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro", { prefix })}</p>
      <EnvironmentTabs basePath={`/orgs/${orgNumber}/scopes`} environment={environment} />
      {!isEditor && <p className="text-slate-700">{t("viewerNote")}</p>}
      {isEditor && !canEdit && <p className="text-slate-700">{t("editorProdNote")}</p>}
      <ScopeList
        orgNumber={orgNumber}
        environment={environment}
        scopes={scopes}
        canEdit={canEdit}
        canCopyToProd={canChangeEnvironment(role, "prod")}
        namesInProd={namesInProd}
      />
      <p className="max-w-3xl text-sm text-slate-600">{t("neverDeleted")}</p>
      {canEdit && <CreateScopeForm key={environment} orgNumber={orgNumber} environment={environment} prefix={prefix} />}
    </section>
  );
}
