import { getTranslations } from "next-intl/server";
import { ACCESS_REQUEST_ENVIRONMENTS, ACCESS_REQUEST_STATUSES } from "@/lib/access-requests/schemas";

type TFilterValues = { status?: string; environment?: string; resource?: string };

/** A plain GET form, so a filtered queue is a link that can be shared and works without JavaScript. */
export async function ApprovalFilters(props: { values: TFilterValues; resources: { id: string; identifier: string }[] }) {
  const tAll = await getTranslations("accessRequests");
  const t = (key: "label" | "status" | "environment" | "resource" | "open" | "all" | "apply") => tAll(`filters.${key}`);
  const tStatus = (status: (typeof ACCESS_REQUEST_STATUSES)[number]) => tAll(`status.${status}`);
  const tEnv = (environment: (typeof ACCESS_REQUEST_ENVIRONMENTS)[number]) => tAll(`environments.${environment}`);
  const select = "mt-1 rounded border border-slate-400 px-2 py-1";
  return (
    <form method="get" role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-4">
      <div>
        <label htmlFor="filter-status" className="block text-sm font-medium">
          {t("status")}
        </label>
        <select id="filter-status" name="status" defaultValue={props.values.status ?? ""} className={select}>
          <option value="">{t("open")}</option>
          <option value="ALL">{t("all")}</option>
          {ACCESS_REQUEST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-environment" className="block text-sm font-medium">
          {t("environment")}
        </label>
        <select id="filter-environment" name="environment" defaultValue={props.values.environment ?? ""} className={select}>
          <option value="">{t("all")}</option>
          {ACCESS_REQUEST_ENVIRONMENTS.map((environment) => (
            <option key={environment} value={environment}>
              {tEnv(environment)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-resource" className="block text-sm font-medium">
          {t("resource")}
        </label>
        <select id="filter-resource" name="resource" defaultValue={props.values.resource ?? ""} className={select}>
          <option value="">{t("all")}</option>
          {props.resources.map((resource) => (
            <option key={resource.id} value={resource.id}>
              {resource.identifier}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 hover:bg-slate-100">
        {t("apply")}
      </button>
    </form>
  );
}
