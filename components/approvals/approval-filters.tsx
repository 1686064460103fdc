import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { ACCESS_REQUEST_STATUSES } from "@/lib/access-requests/schemas";
import { ENVIRONMENTS } from "@/lib/platform/environment";

type TFilterValues = { status?: string; environment?: string; resource?: string };

/** A plain GET form, so a filtered queue is a link that can be shared and works without JavaScript. */
export async function ApprovalFilters(props: {
  values: TFilterValues;
  resources: { id: string; identifier: string }[];
}) {
  const tAll = await getTranslations("accessRequests");
  const t = (key: "label" | "status" | "environment" | "resource" | "open" | "all" | "apply") => tAll(`filters.${key}`);
  const filter = (name: keyof TFilterValues, first: string, options: { value: string; label: string }[]) => (
    <SelectField id={`filter-${name}`} name={name} label={t(name)} defaultValue={props.values[name] ?? ""}>
      <option value="">{first}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
  return (
    <form method="get" role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-4">
      {filter("status", t("open"), [
        { value: "ALL", label: t("all") },
        ...ACCESS_REQUEST_STATUSES.map((status) => ({ value: status, label: tAll(`status.${status}`) })),
      ])}
      {filter(
        "environment",
        t("all"),
        ENVIRONMENTS.map((environment) => ({ value: environment, label: tAll(`environments.${environment}`) })),
      )}
      {filter(
        "resource",
        t("all"),
        props.resources.map((resource) => ({ value: resource.id, label: resource.identifier })),
      )}
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
}
