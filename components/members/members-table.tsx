import { TableShell } from "@/components/ui/table-shell";
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
    <TableShell
      caption={t("caption")}
      columns={[t("name"), t("nationalIdentityNumber"), t("role"), ...(props.canManage ? [t("actions")] : [])]}
    >
      {props.members.map((member) => {
        const name = member.name ?? t("notLoggedInYet");
        return (
          <tr key={member.membershipId} className="border-t border-slate-200" data-testid="member-row">
            <th scope="row" className="px-3 py-2 font-medium">
              {name}
              {member.userId === props.currentUserId && <span className="ml-1 text-slate-600">({t("you")})</span>}
            </th>
            <td className="px-3 py-2 font-mono">{member.maskedPid}</td>
            <td className="px-3 py-2" data-testid="member-role">
              {tRoles(member.role)}
            </td>
            {props.canManage && (
              <td className="px-3 py-2">
                <MemberActions orgNumber={props.orgNumber} member={member} memberLabel={name} />
              </td>
            )}
          </tr>
        );
      })}
    </TableShell>
  );
}
