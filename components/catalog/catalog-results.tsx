import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TCatalogEntry } from "@/lib/catalog/catalog-entry";
import { inLocale } from "@/lib/consent-resources/localized";
import { EnvironmentBadges } from "./environment-badges";
import { cardClass } from "@/components/ui/card";

/** One page of the catalog; the summary counts every match, not only this page's. */
export function CatalogResults({
  entries,
  total,
  query,
  locale,
}: {
  entries: TCatalogEntry[];
  total: number;
  query: string;
  locale: string;
}) {
  const t = useTranslations("catalog.results");
  const summary = query
    ? t("foundFor", { count: total, query })
    : total > 0
      ? t("all", { count: total })
      : t("nothingPublished");
  return (
    <div className="space-y-4">
      <p role="status" className="text-slate-700">
        {summary}
      </p>
      {query && total === 0 && <p className="text-slate-700">{t("tryOther")}</p>}
      <ul className="space-y-3" aria-label={t("label")}>
        {entries.map((entry) => (
          <li key={entry.identifier} className={cardClass({ className: "space-y-2" })}>
            <h2 className="text-lg font-semibold break-words">
              <Link href={`/catalog/${entry.identifier}`} className="text-brand-700 underline-offset-2 hover:underline">
                {inLocale(entry.definition.title, locale)}
              </Link>
            </h2>
            <p className="text-sm text-slate-600">
              {t("offeredBy", { owner: entry.owner.name })} · <code className="break-all">{entry.identifier}</code>
            </p>
            <p className="text-slate-800">{inLocale(entry.definition.description, locale)}</p>
            <EnvironmentBadges environments={entry.environments} />
          </li>
        ))}
      </ul>
    </div>
  );
}
