import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OrganisationsTable } from "@/components/admin/organisations-table";
import { RegisterOrganisationForm } from "@/components/admin/register-organisation-form";
import { requirePlatformAdmin } from "@/lib/platform/auth/require-platform-admin";
import { listOrganisations } from "@/lib/admin/list-organisations";

export async function generateMetadata() {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function PlatformAdminPage() {
  await requirePlatformAdmin();
  const t = await getTranslations("admin");
  const tClients = await getTranslations("clients.queue");
  const tChecklist = await getTranslations("checklist.admin");
  const organisations = await listOrganisations();
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <Link href="/admin/upstream" className="inline-block text-brand-700 underline">
        {t("upstreamLink")}
      </Link>
      <Link href="/admin/consent-scopes" className="ml-6 inline-block text-brand-700 underline">
        {tClients("link")}
      </Link>
      <Link href="/admin/consumers" className="ml-6 inline-block text-brand-700 underline">
        {tChecklist("link")}
      </Link>
      <OrganisationsTable organisations={organisations} />
      <RegisterOrganisationForm />
    </section>
  );
}
