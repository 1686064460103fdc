import { useTranslations } from "next-intl";
import type { TCatalogEntry } from "@/lib/catalog/catalog-entry";

/** Where the resource is published, and which version each environment has. */
export function EnvironmentBadges({ environments }: { environments: TCatalogEntry["environments"] }) {
  const t = useTranslations("catalog.environments");
  return (
    <ul aria-label={t("label")} className="flex flex-wrap gap-2">
      {environments.map(({ environment, version }) => (
        <li
          key={environment}
          className={`rounded-full px-2 py-0.5 text-xs font-medium ${environment === "PROD" ? "bg-green-100 text-green-900" : "bg-brand-100 text-brand-900"}`}
        >
          {t("publishedIn", { environment: t(environment), version })}
        </li>
      ))}
    </ul>
  );
}
