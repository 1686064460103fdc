import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/forms/select-field";
import { Button } from "@/components/ui/button";
import { CONSENT_MONITOR_STATUSES } from "@/lib/consent-monitor/consent-timeline";
import type { TConsentFilters } from "@/lib/consent-monitor/schemas";
import { fromUpstreamEnv, UPSTREAM_ENVIRONMENTS } from "@/lib/platform/environment";

/** A plain GET form, so a filtered list is a link that can be shared and works without JavaScript. */
export async function ConsentFilters(props: { base: string; values: TConsentFilters; resources: string[] }) {
  const t = await getTranslations("consentMonitor");
  const filter = (name: keyof TConsentFilters, options: { value: string; label: string }[]) => (
    <SelectField
      id={`filter-${name}`}
      name={name}
      label={t(`filters.${name}`)}
      defaultValue={props.values[name] ?? ""}
      options={[{ value: "", label: t("filters.any") }, ...options]}
    />
  );
  return (
    <form method="get" role="search" aria-label={t("filters.title")} className="flex flex-wrap items-end gap-4">
      {filter(
        "status",
        CONSENT_MONITOR_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) })),
      )}
      {filter(
        "resource",
        props.resources.map((resource) => ({ value: resource, label: resource })),
      )}
      {filter(
        "environment",
        UPSTREAM_ENVIRONMENTS.map((environment) => ({
          value: environment,
          label: t(`environment.${fromUpstreamEnv(environment)}`),
        })),
      )}
      <Button type="submit">{t("filters.apply")}</Button>
      <Link href={props.base} className="text-sm text-brand-700 underline">
        {t("filters.clear")}
      </Link>
    </form>
  );
}
