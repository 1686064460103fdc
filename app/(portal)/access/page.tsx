import { redirect } from "next/navigation";
import { AccessOverview } from "@/components/access/access-overview";
import { PortalRightsList } from "@/components/access/portal-rights-list";
import { pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { membershipsFromAltinn } from "@/lib/organisations/memberships-from-altinn";
import { readLastAuthorization } from "@/lib/organisations/read-last-authorization";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { portalResources } from "@/lib/platform/auth/portal-resources";
import { env } from "@/lib/platform/config/env";
import { getTranslations } from "next-intl/server";

export const generateMetadata = pageTitle("altinnAccess");

/**
 * Diagnostics instead of dead ends: what the person's latest login said about whom they may act for, and exactly
 * which Altinn right is missing and who gives it. Any logged-in person may see it; it names only organisations
 * their own token named.
 */
export default async function AccessPage() {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent("/access")}`);
  const t = await getTranslations("altinnAccess");
  if (!membershipsFromAltinn()) return <PageShell title={t("title")} intro={t("idportenMode")} />;
  const rights = portalResources(env());
  return (
    <PageShell title={t("title")} intro={t("intro")} spacing="lg">
      <AccessOverview last={await readLastAuthorization(user.id)} rights={rights} />
      <PortalRightsList rights={rights} headingId="portal-rights" />
    </PageShell>
  );
}
