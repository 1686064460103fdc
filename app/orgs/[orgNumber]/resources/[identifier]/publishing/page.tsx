import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EnvironmentPanel } from "@/components/publishing/environment-panel";
import { EnvironmentsDiff } from "@/components/publishing/environments-diff";
import { RefreshWhilePending } from "@/components/publishing/refresh-while-pending";
import { requirePageMembership } from "@/lib/auth/require-page-membership";
import { publicationIn } from "@/lib/consent-resources/consent-resource-select";
import { getConsentResource } from "@/lib/consent-resources/get-consent-resource";
import { db } from "@/lib/db/prisma";
import { hasRole } from "@/lib/organisations/roles";
import { connectedAccessLists } from "@/lib/publishing/connected-access-lists";
import { latestRegistryChanges } from "@/lib/publishing/latest-registry-changes";
import { readRegistryDrift } from "@/lib/publishing/read-registry-drift";

export async function generateMetadata() {
  const t = await getTranslations("publishing");
  return { title: t("title") };
}

export default async function PublishingPage({ params }: PageProps<"/orgs/[orgNumber]/resources/[identifier]/publishing">) {
  const { orgNumber, identifier } = await params;
  const { organisation, role } = await requirePageMembership(orgNumber);
  const resource = await getConsentResource({ organisationId: organisation.id, identifier: decodeURIComponent(identifier) });
  const latest = resource?.versions[0];
  if (!resource || !latest) notFound();
  const t = await getTranslations("publishing");
  const sync = await latestRegistryChanges({ db: db(), organisationId: organisation.id, identifier: resource.identifier });
  const contentOf = (versionId: string) => resource.versions.find((v) => v.id === versionId)?.content ?? null;
  const publications = { TEST: publicationIn(resource.publications, "TEST"), PROD: publicationIn(resource.publications, "PROD") };
  const test = publications.TEST;
  const maxProdVersion = test?.state === "PUBLISHED" && sync.TEST?.status === "SYNCED" ? test.version : null;
  const canChange = { TEST: hasRole(role, "EDITOR"), PROD: role === "ADMIN" };
  const restrictedVersions = resource.versions.filter((v) => v.content.accessListMode === "Enabled").map((v) => v.version);
  const listsIn = async (environment: "TEST" | "PROD") =>
    (await connectedAccessLists({ db: db(), ownerOrgNumber: organisation.orgNumber, resourceIdentifier: resource.identifier, environment })).map(
      (list) => list.identifier,
    );
  const connectedLists = { TEST: await listsIn("TEST"), PROD: await listsIn("PROD") };

  const drift = async (environment: "TEST" | "PROD") => {
    const publication = publications[environment];
    const content = publication && contentOf(publication.versionId);
    if (!publication || !content || publication.state === "DELETED" || sync[environment]?.status !== "SYNCED" || !organisation.orgCode) return null;
    const owner = { orgNumber: organisation.orgNumber, orgCode: organisation.orgCode, name: organisation.name };
    return readRegistryDrift({ environment, owner, definition: content, version: publication.version, withdrawn: publication.state === "WITHDRAWN" });
  };
  const [testDrift, prodDrift] = await Promise.all([drift("TEST"), drift("PROD")]);
  const comparable = (environment: "TEST" | "PROD") => {
    const publication = publications[environment];
    const live = publication && publication.state !== "DELETED" ? publication : null;
    const name = t(`environments.${environment}`);
    return {
      key: environment,
      label: live ? t("inEnvironment", { environment: name, version: live.version }) : name,
      content: live ? contentOf(live.versionId) : null,
    };
  };

  return (
    <section className="space-y-6">
      <RefreshWhilePending pending={sync.TEST?.status === "PENDING" || sync.PROD?.status === "PENDING"} />
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold break-words">
          {t("title")}: {resource.identifier}
        </h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="max-w-3xl text-sm text-slate-700">{t("rules")}</p>
        {!canChange.TEST && <p className="text-slate-700">{t("viewerNote")}</p>}
        {canChange.TEST && !canChange.PROD && <p className="text-slate-700">{t("editorProdNote")}</p>}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {(["TEST", "PROD"] as const).map((environment) => (
          <EnvironmentPanel
            key={environment}
            orgNumber={orgNumber}
            identifier={resource.identifier}
            environment={environment}
            publication={publications[environment]}
            sync={sync[environment]}
            drift={environment === "TEST" ? testDrift : prodDrift}
            versions={resource.versions.map((v) => v.version)}
            maxVersion={environment === "PROD" ? maxProdVersion : null}
            restrictedVersions={restrictedVersions}
            connectedLists={connectedLists[environment]}
            canChange={canChange[environment]}
            canRetry={hasRole(role, "EDITOR")}
          />
        ))}
      </div>
      <EnvironmentsDiff
        draft={{ key: "DRAFT", label: t("draft", { version: latest.version }), content: latest.content }}
        test={comparable("TEST")}
        prod={comparable("PROD")}
      />
    </section>
  );
}
