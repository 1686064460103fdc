import { TableShell } from "@/components/ui/table-shell";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TMember } from "@/lib/organisations/list-members";
import { MemberActions } from "./member-actions";

/**
 * The organisation's members. With rights from Altinn (`fromAltinn`) it also says which rights the latest login named,
 * when that was, and whether that login still acts for the organisation; the controls exist only when memberships
 * are managed in the portal (`canManage`).
 */
export async function MembersTable(props: {
  members: TMember[];
  orgNumber: string;
  canManage: boolean;
  fromAltinn: boolean;
  currentUserId: string;
}) {
  const t = await getTranslations("members.table");
  const tAltinn = await getTranslations("altinnAccess.members");
  const tRoles = await getTranslations("layout.roles");
  const format = await getFormatter();
  const altinnColumns = props.fromAltinn ? [tAltinn("rights"), tAltinn("lastLogin"), tAltinn("actsNow")] : [];
  return (
    <TableShell
      caption={t("caption")}
      columns={[
        t("name"),
        t("nationalIdentityNumber"),
        t("role"),
        ...altinnColumns,
        ...(props.canManage ? [t("actions")] : []),
      ]}
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
            {props.fromAltinn && (
              <>
                <td className="px-3 py-2 font-mono" data-testid="member-rights">
                  {member.source === "ALTINN" ? member.altinnResources.join(", ") : tAltinn("addedInPortal")}
                </td>
                <td className="px-3 py-2" data-testid="member-last-login">
                  {member.lastLoginAt
                    ? format.dateTime(member.lastLoginAt, { dateStyle: "short", timeStyle: "short" })
                    : tAltinn("never")}
                </td>
                <td className="px-3 py-2" data-testid="member-acts-now">
                  {member.active ? tAltinn("yes") : tAltinn("no")}
                </td>
              </>
            )}
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
