import { loadOrgPage, pageTitle } from "@/components/layout/page-loaders";
import { PageShell } from "@/components/layout/page-shell";
import { AddMemberForm } from "@/components/members/add-member-form";
import { MembersTable } from "@/components/members/members-table";
import { listMembers } from "@/lib/organisations/list-members";

export const generateMetadata = pageTitle("members");

export default async function MembersPage({ params }: PageProps<"/orgs/[orgNumber]/members">) {
  const { orgNumber, organisation, role, user, t } = await loadOrgPage(params, "members");
  const members = await listMembers({ organisationId: organisation.id });
  const isAdmin = role === "ADMIN";
  return (
    <PageShell title={t("title")} spacing="lg">
      {!isAdmin && <p className="text-slate-700">{t("onlyAdminsChange")}</p>}
      <MembersTable members={members} orgNumber={orgNumber} canManage={isAdmin} currentUserId={user.id} />
      {isAdmin && <AddMemberForm orgNumber={orgNumber} />}
    </PageShell>
  );
}
