import { useTranslations } from "next-intl";
import type { TCatalogEntry } from "@/lib/catalog/catalog-entry";
import { CodeList } from "@/components/ui/code-list";
import { ContactPoints } from "./contact-points";
import { Section } from "@/components/ui/section";

/** The published definition's facts a consumer integrates against. */
export function ConsentSummary({ entry }: { entry: TCatalogEntry }) {
  const t = useTranslations("catalog.detail");
  const { definition } = entry;
  const optionalKeys = new Set(definition.consentMetadata.filter((m) => m.optional).map((m) => m.key));
  const term = "font-medium";
  const detail = "mb-2 sm:mb-0";
  return (
    <Section headingId="about-heading" title={t("aboutTitle", { version: entry.version })} card className="space-y-3">
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
          <CodeList
            items={definition.consentMetadata.map((m) => m.key)}
            empty={t("noMetadata")}
            note={(key) => (optionalKeys.has(key) ? t("optional") : t("required"))}
          />
        </dd>
        <dt className={term}>{t("scopes")}</dt>
        <dd className={detail}>
          <CodeList items={definition.scopeReferences} empty={t("noScopes")} />
        </dd>
        <dt className={term}>{t("contactPoints")}</dt>
        <dd className={detail}>
          <ContactPoints points={definition.contactPoints} />
        </dd>
      </dl>
    </Section>
  );
}
