import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CompareVersionsForm } from "@/components/consent-resources/compare-versions-form";
import { DefinitionDiff } from "@/components/consent-resources/definition-diff";
import { VersionsTable } from "@/components/consent-resources/versions-table";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { getConsentResource } from "@/lib/consent-resources/get-consent-resource";
import { listVersionAuthors } from "@/lib/consent-resources/list-version-authors";
import { resourceIdentifierParam } from "@/lib/platform/http/route-params";

export async function generateMetadata() {
  const t = await getTranslations("consentResources.versions");
  return { title: t("title") };
}

const pick = (value: string | string[] | undefined, fallback: number) => {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

export default async function VersionsPage({
  params,
  searchParams,
}: PageProps<"/orgs/[orgNumber]/resources/[identifier]/versions">) {
  const { orgNumber, identifier } = await params;
  const query = await searchParams;
  const { organisation } = await requirePageMembership(orgNumber);
  const resource = await getConsentResource({
    organisationId: organisation.id,
    identifier: resourceIdentifierParam(identifier) ?? notFound(),
  });
  const latest = resource?.versions[0];
  if (!resource || !latest) notFound();
  const t = await getTranslations("consentResources.versions");
  const authors = await listVersionAuthors(resource.versions.map((v) => v.createdById));
  const byNumber = new Map(resource.versions.map((v) => [v.version, v]));
  const from = byNumber.get(pick(query.from, Math.max(1, latest.version - 1)));
  const to = byNumber.get(pick(query.to, latest.version));
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold break-words">
        {t("title")}: {resource.identifier}
      </h1>
      <p className="text-slate-700">{t("intro")}</p>
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
    </section>
  );
}
