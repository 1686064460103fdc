import { getTranslations } from "next-intl/server";
import type { TAdoptableResource } from "@/lib/adoption/adoptable";

/** A resource's policy in the portal's words where it decodes, else why not and the XML as the registry has it. */
export async function PolicySummary({ resource }: { resource: TAdoptableResource }) {
  const t = await getTranslations("adoption.policy");
  const { policy, policyXml } = resource;
  if (!policyXml) return <span>{t("noPolicy")}</span>;
  const requesters = policy?.requesters;
  const decoded =
    requesters?.accessListMode === "Disabled"
      ? t("everyOrganisation")
      : requesters?.accessListMode === "Enabled"
        ? t("accessLists", { lists: requesters.accessLists.join(", ") })
        : null;
  const reasons = policy?.reasons ?? [];
  return (
    <div data-testid={`policy-${resource.identifier}`}>
      {decoded && <p>{decoded}</p>}
      {(!policy || reasons.length > 0) && (
        <>
          <p className="text-amber-900">
            {t("unreadable")} {reasons.map((reason) => t(`reasons.${reason}` as "reasons.rulesOther")).join("; ")}
          </p>
          <details>
            <summary className="cursor-pointer underline">{t("showXml")}</summary>
            <pre className="max-h-64 max-w-xl overflow-auto bg-slate-50 p-2 text-xs">{policyXml}</pre>
          </details>
        </>
      )}
    </div>
  );
}
