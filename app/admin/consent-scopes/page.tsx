import { getTranslations } from "next-intl/server";
import { ConsentScopeQueue } from "@/components/consent-scopes/consent-scope-queue";
import { requirePlatformAdmin } from "@/lib/platform/auth/require-platform-admin";
import { listConsentScopeQueue } from "@/lib/consent-scopes/list-consent-scope-requests";

export async function generateMetadata() {
  const t = await getTranslations("clients.queue");
  return { title: t("title") };
}

export default async function ConsentScopeQueuePage() {
  await requirePlatformAdmin();
  const t = await getTranslations("clients.queue");
  const queue = await listConsentScopeQueue();
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <ConsentScopeQueue queue={queue} />
    </section>
  );
}
