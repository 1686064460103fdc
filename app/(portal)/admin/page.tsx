import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OrganisationsTable } from "@/components/admin/organisations-table";
import { RegisterOrganisation } from "@/components/admin/register-organisation";
import { loadAdminPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { listOrganisations } from "@/lib/admin/list-organisations";
import { env } from "@/lib/platform/config/env";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("admin");

export default async function PlatformAdminPage() {
  const t = await loadAdminPage("admin");
  const ansattporten = env().LOGIN_PROVIDER === "ansattporten";
  const tClients = await getTranslations("clients.queue");
  const tChecklist = await getTranslations("checklist.admin");
  const links = [
    { href: "/admin/upstream", label: t("upstreamLink") },
    { href: "/admin/consent-scopes", label: tClients("link") },
    { href: "/admin/consumers", label: tChecklist("link") },
  ] as const;
  return (
    <ClientMessages route="admin/page">
      <PageShell title={t("title")} intro={t(ansattporten ? "introAnsattporten" : "intro")} spacing="lg">
        <p className="flex flex-wrap gap-6">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="text-brand-700 underline">
              {link.label}
            </Link>
          ))}
        </p>
        <OrganisationsTable organisations={await listOrganisations()} />
        {/* Ansattporten: an organisation is set up by its first admin login, with the right from Altinn (issue 14). */}
        {!ansattporten && <RegisterOrganisation />}
      </PageShell>
    </ClientMessages>
  );
}
