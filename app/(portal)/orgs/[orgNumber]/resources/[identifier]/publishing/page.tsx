import { notFound } from "next/navigation";
import { EditRightsNote } from "@/components/layout/edit-rights-note";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { EnvironmentPanel } from "@/components/publishing/environment-panel";
import { EnvironmentsDiff } from "@/components/publishing/environments-diff";
import { resourceStatusLabel } from "@/components/publishing/resource-status-label";
import { StatusActions } from "@/components/publishing/status-actions";
import { RefreshWhilePending } from "@/components/ui/refresh-while-pending";
import { Section } from "@/components/ui/section";
import { hasRole } from "@/lib/platform/auth/roles";
import { ENVIRONMENTS, type TEnvironment } from "@/lib/platform/environment";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";
import { getPublishingPage } from "@/lib/publishing/get-publishing-page";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("publishing");

export default async function PublishingPage({
  params,
}: PageProps<"/orgs/[orgNumber]/resources/[identifier]/publishing">) {
  const { orgNumber, organisation, role, t } = await loadOrgPage(params, "publishing");
  const identifier = resourceIdentifierParam((await params).identifier) ?? notFound();
  const data = await getPublishingPage({ organisation, identifier });
  if (!data) notFound();
  const { resource, latest, sync, live } = data;
  const canChange = { TEST: hasRole(role, "EDITOR"), PROD: role === "ADMIN" };
  const statusLabel = await resourceStatusLabel(latest.content.status);
  const comparable = (environment: TEnvironment) => {
    const name = t(`environments.${environment}`);
    const published = live[environment];
    return {
      key: environment,
      label: published ? t("inEnvironment", { environment: name, version: published.version }) : name,
      content: published?.content ?? null,
    };
  };

  return (
    <ClientMessages route="orgs/[orgNumber]/resources/[identifier]/publishing/page">
      <section className="space-y-6">
        <RefreshWhilePending pending={sync.TEST?.status === "PENDING" || sync.PROD?.status === "PENDING"} />
        <div className="space-y-2">
          <h1 className="text-2xl font-semibold break-words">
            {t("title")}: {resource.identifier}
          </h1>
          <p className="text-slate-700">{t("intro")}</p>
          <p className="max-w-3xl text-sm text-slate-700">{t("rules")}</p>
          <EditRightsNote
            rights={{ isEditor: canChange.TEST, canEdit: canChange.PROD }}
            viewerNote={t("viewerNote")}
            editorProdNote={t("editorProdNote")}
          />
        </div>
        <Section headingId="status-heading" title={t("lifecycle.title")} card className="space-y-3">
          <p className="max-w-3xl text-sm text-slate-700">{t("lifecycle.intro")}</p>
          {canChange.TEST ? (
            <StatusActions
              orgNumber={orgNumber}
              identifier={resource.identifier}
              options={data.statusOptions}
              canChangeProd={canChange.PROD}
              statusLabel={statusLabel}
            />
          ) : (
            <p data-testid="current-status">
              {t("lifecycle.current", { version: latest.version })} <span className="font-medium">{statusLabel}</span>
            </p>
          )}
        </Section>
        <div className="grid gap-4 md:grid-cols-2">
          {ENVIRONMENTS.map((environment) => (
            <EnvironmentPanel
              key={environment}
              orgNumber={orgNumber}
              identifier={resource.identifier}
              environment={environment}
              publication={data.publications[environment]}
              sync={sync[environment]}
              drift={data.drift[environment]}
              versions={resource.versions.map((v) => v.version)}
              maxVersion={environment === "PROD" ? data.maxProdVersion : null}
              restrictedVersions={data.restrictedVersions}
              connectedLists={data.connectedLists[environment]}
              canChange={canChange[environment]}
              canRetry={canChange.TEST}
            />
          ))}
        </div>
        <EnvironmentsDiff
          draft={{ key: "DRAFT", label: t("draft", { version: latest.version }), content: latest.content }}
          test={comparable("TEST")}
          prod={comparable("PROD")}
        />
      </section>
    </ClientMessages>
  );
}
