import { PortalRightsList } from "@/components/access/portal-rights-list";
import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { AddMember } from "@/components/members/add-member";
import { AltinnMembersNote } from "@/components/members/altinn-members-note";
import { MembersTable } from "@/components/members/members-table";
import { listMembers } from "@/lib/organisations/list-members";
import { membershipsFromAltinn } from "@/lib/organisations/memberships-from-altinn";
import { portalResources } from "@/lib/platform/auth/portal-resources";
import { env } from "@/lib/platform/config/env";
import { ClientMessages } from "@/lib/platform/i18n/client-messages";

export const generateMetadata = pageTitle("members");

/**
 * Who acts for the organisation. ID-porten mode: administrators manage the members here. Ansattporten mode: the
 * rights come from Altinn, so the page shows what the logins said and how the organisation's access managers give or
 * remove a right there (docs/ANSATTPORTEN.md).
 */
export default async function MembersPage({ params }: PageProps<"/orgs/[orgNumber]/members">) {
  const { orgNumber, organisation, role, user, t } = await loadOrgPage(params, "members");
  const members = await listMembers({ organisationId: organisation.id });
  const fromAltinn = membershipsFromAltinn();
  const isAdmin = role === "ADMIN";
  const canManage = isAdmin && !fromAltinn;
  const rights = portalResources(env());
  return (
    <ClientMessages route="orgs/[orgNumber]/members/page">
      <PageShell title={t("title")} spacing="lg">
        {fromAltinn ? (
          <AltinnMembersNote role={role} adminRight={rights[0]?.id ?? ""} />
        ) : (
          !isAdmin && <p className="text-slate-700">{t("onlyAdminsChange")}</p>
        )}
        <MembersTable
          members={members}
          orgNumber={orgNumber}
          canManage={canManage}
          fromAltinn={fromAltinn}
          currentUserId={user.id}
        />
        {canManage && <AddMember orgNumber={orgNumber} />}
        {fromAltinn && <PortalRightsList rights={rights} headingId="how-to-grant" />}
      </PageShell>
    </ClientMessages>
  );
}
