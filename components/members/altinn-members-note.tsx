import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/lib/platform/db/create-prisma-client";

/**
 * Above the members of an organisation whose rights come from Altinn: where the list comes from, how a right is given
 * or removed, and, for a member who is not an administrator, which right administering takes (with the way to /access).
 */
export async function AltinnMembersNote(props: { role: Role; adminRight: string }) {
  const t = await getTranslations("altinnAccess.members");
  const tRoles = await getTranslations("layout.roles");
  const tAccess = await getTranslations("altinnAccess");
  return (
    <div className="max-w-3xl space-y-2 text-slate-700">
      <p>{t("fromAltinn")}</p>
      <p>
        <strong>{t("howTitle")}.</strong> {t("howText")}
      </p>
      {props.role !== "ADMIN" && (
        <p data-testid="missing-right">
          {t("notAdmin", { role: tRoles(props.role), admin: props.adminRight })}{" "}
          <Link href="/access" className="underline">
            {tAccess("title")}
          </Link>
        </p>
      )}
    </div>
  );
}
