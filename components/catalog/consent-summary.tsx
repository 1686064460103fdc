import { useTranslations } from "next-intl";
import type { TCatalogEntry } from "@/lib/catalog/catalog-entry";
import { ContactPoints } from "./contact-points";
import { cardClass } from "@/components/ui/card";

/** The published definition's facts a consumer integrates against. */
export function ConsentSummary({ entry }: { entry: TCatalogEntry }) {
  const t = useTranslations("catalog.detail");
  const { definition } = entry;
  const term = "font-medium";
  const detail = "mb-2 sm:mb-0";
  return (
    <section aria-labelledby="about-heading" className={cardClass({ className: "space-y-3" })}>
      <h2 id="about-heading" className="text-lg font-semibold">
        {t("aboutTitle", { version: entry.version })}
      </h2>
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr] sm:gap-y-2">
        <dt className={term}>{t("identifier")}</dt>
        <dd className={detail}>
          <code className="break-all">{entry.identifier}</code>
        </dd>
        <dt className={term}>{t("owner")}</dt>
        <dd className={detail}>
          {entry.owner.name} ({entry.owner.orgNumber})
        </dd>
        <dt className={term}>{t("consentTemplate")}</dt>
        <dd className={detail}>
          <code>{definition.consentTemplate}</code>
        </dd>
        <dt className={term}>{t("oneTime")}</dt>
        <dd className={detail}>{definition.isOneTimeConsent ? t("oneTimeYes") : t("oneTimeNo")}</dd>
        <dt className={term}>{t("metadata")}</dt>
        <dd className={detail}>
          {definition.consentMetadata.length > 0 ? (
            <ul className="flex flex-wrap gap-2">
              {definition.consentMetadata.map((m) => (
                <li key={m.key}>
                  <code className="rounded bg-slate-100 px-1">{m.key}</code>{" "}
                  {m.optional ? t("optional") : t("required")}
                </li>
              ))}
            </ul>
          ) : (
            t("noMetadata")
          )}
        </dd>
        <dt className={term}>{t("scopes")}</dt>
        <dd className={detail}>
          {definition.scopeReferences.length > 0 ? (
            <ul className="flex flex-wrap gap-2">
              {definition.scopeReferences.map((scope) => (
                <li key={scope}>
                  <code className="rounded bg-slate-100 px-1">{scope}</code>
                </li>
              ))}
            </ul>
          ) : (
            t("noScopes")
          )}
        </dd>
        <dt className={term}>{t("contactPoints")}</dt>
        <dd className={detail}>
          <ContactPoints points={definition.contactPoints} />
        </dd>
      </dl>
    </section>
  );
}
