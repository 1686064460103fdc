import { CompareVersionsForm } from "@/components/consent-resources/compare-versions-form";
import { DefinitionDiff } from "@/components/consent-resources/definition-diff";
import { loadResourcePage } from "@/components/consent-resources/load-resource-page";
import { VersionsTable } from "@/components/consent-resources/versions-table";
import { pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { ResourceHistory } from "@/components/publishing/resource-history";
import { parseCursor } from "@/lib/audit/audit-keyset";
import { listVersionAuthors } from "@/lib/consent-resources/list-version-authors";
import { listResourceHistory } from "@/lib/lifecycle/list-resource-history";
import { db } from "@/lib/platform/db/prisma";
import { latestRegistryChanges } from "@/lib/publishing/latest-registry-changes";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("consentResources.versions");

const pick = (value: string | string[] | undefined, fallback: number) => {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

export default async function VersionsPage({
  params,
  searchParams,
}: PageProps<"/orgs/[orgNumber]/resources/[identifier]/versions">) {
  const query = await searchParams;
  const { resource, latest, organisation, orgNumber, t } = await loadResourcePage(params, "consentResources.versions");
  const authors = await listVersionAuthors(resource.versions.map((v) => v.createdById));
  // The history a page at a time from `?before=` (a position in it); a malformed one starts from the newest.
  const before = parseCursor(query.before);
  const { identifier } = resource;
  const [history, sync] = await Promise.all([
    listResourceHistory({ organisationId: organisation.id, identifier, before }),
    latestRegistryChanges({ db: db(), organisationId: organisation.id, identifier }),
  ]);
  const versionsPath = `/orgs/${orgNumber}/resources/${identifier}/versions`;
  const byNumber = new Map(resource.versions.map((v) => [v.version, v]));
  const from = byNumber.get(pick(query.from, Math.max(1, latest.version - 1)));
  const to = byNumber.get(pick(query.to, latest.version));
  return (
    <ClientMessages route="orgs/[orgNumber]/resources/[identifier]/versions/page">
      <PageShell title={`${t("title")}: ${resource.identifier}`} intro={t("intro")}>
        <VersionsTable versions={resource.versions} publications={resource.publications} authors={authors} />
        <h2 className="text-lg font-semibold">{t("compare")}</h2>
        {resource.versions.length < 2 ? (
          <p className="text-slate-700">{t("needTwo")}</p>
        ) : (
          <>
            <CompareVersionsForm
              versions={resource.versions.map((v) => v.version)}
              from={from?.version ?? 1}
              to={to?.version ?? latest.version}
            />
            {from && to && (
              <DefinitionDiff
                before={from.content}
                after={to.content}
                beforeLabel={`${t("version")} ${from.version}`}
                afterLabel={`${t("version")} ${to.version}`}
              />
            )}
          </>
        )}
        <ResourceHistory
          versions={resource.versions}
          publications={resource.publications}
          sync={sync}
          events={history.events}
          olderHref={history.next ? `${versionsPath}?before=${encodeURIComponent(history.next)}#history` : null}
          newestHref={before ? `${versionsPath}#history` : null}
        />
      </PageShell>
    </ClientMessages>
  );
}
