import { getTranslations } from "next-intl/server";
import { UpstreamFailuresTable } from "@/components/admin/upstream-failures-table";
import { UpstreamStatusPanel } from "@/components/admin/upstream-status-panel";
import { requirePlatformAdmin } from "@/lib/platform/auth/require-platform-admin";
import { listRecentUpstreamFailures } from "@/lib/upstream-status/list-recent-upstream-failures";

export async function generateMetadata() {
  const t = await getTranslations("upstreamStatus");
  return { title: t("title") };
}

export default async function UpstreamStatusPage() {
  await requirePlatformAdmin();
  const t = await getTranslations("upstreamStatus");
  const failures = await listRecentUpstreamFailures();
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <UpstreamStatusPanel />
      <section aria-labelledby="failures-heading" className="space-y-3">
        <h2 id="failures-heading" className="text-lg font-semibold">
          {t("failures.title")}
        </h2>
        <UpstreamFailuresTable failures={failures} />
      </section>
    </section>
  );
}
