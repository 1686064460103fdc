import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeactivateScopeDialog } from "@/components/scopes/deactivate-scope-dialog";
import { EditScopeForm } from "@/components/scopes/edit-scope-form";
import { ScopeSummary } from "@/components/scopes/scope-summary";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { uuidParam } from "@/lib/platform/http/route-params";
import { canChangeEnvironment } from "@/lib/platform/auth/production-rule";
import { hasRole } from "@/lib/platform/auth/roles";
import { loadScopeWithSync } from "@/lib/scopes/find-scope";

export async function generateMetadata() {
  const t = await getTranslations("scopes.edit");
  return { title: t("metaTitle") };
}

export default async function ScopePage({ params }: PageProps<"/orgs/[orgNumber]/scopes/[scopeId]">) {
  const { orgNumber, scopeId } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const id = uuidParam(scopeId);
  const scope = id && (await loadScopeWithSync({ organisationId: organisation.id, scopeId: id }));
  if (!scope) notFound();
  const t = await getTranslations("scopes.edit");
  // Production changes are administrators' (lib/platform/auth/production-rule.ts); editors see why.
  const isEditor = hasRole(role, "EDITOR");
  const canEdit = canChangeEnvironment(role, scope.environment);
  return (
    <section className="space-y-6">
      <p>
        <Link href={`/orgs/${orgNumber}/scopes?environment=${scope.environment}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("title", { name: scope.name })}</h1>
      {!isEditor && <p className="text-slate-700">{t("viewerNote")}</p>}
      {isEditor && !canEdit && <p className="text-slate-700">{t("editorProdNote")}</p>}
      <ScopeSummary orgNumber={orgNumber} scope={scope} canEdit={canEdit} />
      {canEdit && scope.active && (
        <>
          <EditScopeForm orgNumber={orgNumber} scope={scope} />
          <DeactivateScopeDialog orgNumber={orgNumber} scopeId={scope.id} scopeName={scope.name} />
        </>
      )}
    </section>
  );
}
