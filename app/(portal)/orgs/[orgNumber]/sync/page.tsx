import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { SyncHubLinks } from "@/components/sync/sync-hub-links";

export const generateMetadata = pageTitle("sync");

// The way in to adoption, drift, test ↔ production and definitions as code (issue 13). Consumers have clients
// to adopt and keep in agreement; the environment comparison and definitions are a service owner's.
export default async function SyncPage({ params }: PageProps<"/orgs/[orgNumber]/sync">) {
  const { orgNumber, organisation, t } = await loadOrgPage(params, "sync");
  const base = `/orgs/${orgNumber}/sync`;
  const isServiceOwner = organisation.scopePrefix !== null;
  const links = [
    { href: `${base}/adopt`, title: t("adopt"), hint: t("adoptHint") },
    { href: `${base}/drift`, title: t("drift"), hint: t("driftHint") },
    ...(isServiceOwner
      ? [
          { href: `${base}/environments`, title: t("environments"), hint: t("environmentsHint") },
          { href: `${base}/definitions`, title: t("definitions"), hint: t("definitionsHint") },
        ]
      : []),
  ];
  return (
    <PageShell title={t("title")}>
      <p className="text-slate-700">{t("intro")}</p>
      <SyncHubLinks links={links} />
    </PageShell>
  );
}
