import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TCatalogEntry } from "@/lib/catalog/catalog-entry";
import { TextInLanguage } from "@/components/documentation/text-in-language";
import { textForReader } from "@/lib/documentation/text-for-reader";
import type { TLocale } from "@/lib/platform/i18n/locales";
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
  locale: TLocale;
}) {
  const t = useTranslations("catalog.results");
  const tLanguages = useTranslations("documentation.languages");
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
        {entries.map((entry) => {
          // A title missing the reader's language shows another, marked with its `lang` and said so (issue 16.6).
          const title = textForReader(entry.definition.title, locale);
          return (
            <li key={entry.identifier} className={cardClass({ className: "space-y-2" })}>
              <h2 className="text-lg font-semibold break-words">
                <Link
                  href={`/catalog/${entry.identifier}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                  lang={title.missing ? title.language : undefined}
                >
                  {title.text}
                </Link>
              </h2>
              {title.missing && (
                <p className="text-sm text-slate-600">{tLanguages("textMissing", { language: title.language })}</p>
              )}
              <p className="text-sm text-slate-600">
                {t("offeredBy", { owner: entry.owner.name })} · <code className="break-all">{entry.identifier}</code>
              </p>
              <TextInLanguage as="p" className="text-slate-800" text={entry.definition.description} locale={locale} />
              <EnvironmentBadges environments={entry.environments} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
