import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import type { Role } from "@/lib/platform/db/create-prisma-client";

export type TPortalRight = { id: string; role: Role };

/**
 * The portal's three Altinn rights by name and resource id, and who gives them: the organisation's access managers
 * (Altinn's access packages Hovedadministrator and Tilgangsstyrer; Altinn/altinn-authorization-tmp
 * src/apps/Altinn.AccessManagement/src/Altinn.AccessMgmt.PersistenceEF/Constants/PackageConstants.cs).
 */
export async function PortalRightsList(props: { rights: TPortalRight[]; headingId: string; title?: string }) {
  const t = await getTranslations("altinnAccess.rights");
  const tRoles = await getTranslations("layout.roles");
  return (
    <Section headingId={props.headingId} title={props.title ?? t("title")} card className="space-y-3">
      <ul className="list-disc space-y-1 pl-6" data-testid="portal-rights">
        {props.rights.map((right) => (
          <li key={right.id}>{t("item", { name: t(right.role), id: right.id, role: tRoles(right.role) })}</li>
        ))}
      </ul>
      <p className="max-w-3xl text-slate-700">{t("whoGrants")}</p>
    </Section>
  );
}
