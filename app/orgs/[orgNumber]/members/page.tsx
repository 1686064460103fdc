import { getTranslations } from "next-intl/server";
import { AddMemberForm } from "@/components/members/add-member-form";
import { MembersTable } from "@/components/members/members-table";
import { requirePageMembership } from "@/lib/platform/auth/require-page-membership";
import { listMembers } from "@/lib/organisations/list-members";

export async function generateMetadata() {
  const t = await getTranslations("members");
  return { title: t("title") };
}

export default async function MembersPage({ params }: PageProps<"/orgs/[orgNumber]/members">) {
  const { orgNumber } = await params;
  const { organisation, role, user } = await requirePageMembership(orgNumber);
  const t = await getTranslations("members");
  const members = await listMembers({ organisationId: organisation.id });
  const isAdmin = role === "ADMIN";
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {!isAdmin && <p className="text-slate-700">{t("onlyAdminsChange")}</p>}
      <MembersTable members={members} orgNumber={orgNumber} canManage={isAdmin} currentUserId={user.id} />
      {isAdmin && <AddMemberForm orgNumber={orgNumber} />}
    </section>
  );
}
