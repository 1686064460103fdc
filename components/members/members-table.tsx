import { getTranslations } from "next-intl/server";
import type { TMember } from "@/lib/organisations/list-members";
import { MemberActions } from "./member-actions";

export async function MembersTable(props: {
  members: TMember[];
  orgNumber: string;
  canManage: boolean;
  currentUserId: string;
}) {
  const t = await getTranslations("members.table");
  const tRoles = await getTranslations("layout.roles");
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">{t("name")}</th>
            <th scope="col" className="px-3 py-2">{t("nationalIdentityNumber")}</th>
            <th scope="col" className="px-3 py-2">{t("role")}</th>
            {props.canManage && <th scope="col" className="px-3 py-2">{t("actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {props.members.map((member) => {
            const name = member.name ?? t("notLoggedInYet");
            return (
              <tr key={member.membershipId} className="border-t border-slate-200" data-testid="member-row">
                <th scope="row" className="px-3 py-2 font-medium">
                  {name}
                  {member.userId === props.currentUserId && <span className="ml-1 text-slate-600">({t("you")})</span>}
                </th>
                <td className="px-3 py-2 font-mono">{member.maskedPid}</td>
                <td className="px-3 py-2" data-testid="member-role">{tRoles(member.role)}</td>
                {props.canManage && (
                  <td className="px-3 py-2">
                    <MemberActions orgNumber={props.orgNumber} member={member} memberLabel={name} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
