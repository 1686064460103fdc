import { getTranslations } from "next-intl/server";
import { DocumentationForReader } from "@/components/documentation/documentation-for-reader";
import { DocumentationView } from "@/components/documentation/documentation-view";
import { Section } from "@/components/ui/section";
import type { TCatalogDetail } from "@/lib/catalog/get-catalog-entry";
import { defaultDocumentation } from "@/lib/documentation/default-documentation";
import { documentationForReader } from "@/lib/documentation/documentation-languages";
import type { TDocumentationContent } from "@/lib/documentation/schemas";
import type { TLocale } from "@/lib/platform/i18n/locales";

/**
 * What a reader of `locale` is shown of an entry's documentation: the owner's in the nearest written language
 * (lib/documentation/documentation-languages.ts), else the portal's default text for the definition.
 */
export function readerDocumentation(
  entry: TCatalogDetail,
  locale: TLocale,
): { content: TDocumentationContent; written: boolean; language: TLocale } {
  const nearest = documentationForReader(entry.documentation, locale).available[0];
  if (nearest) return { content: nearest.content, written: true, language: nearest.language };
  return {
    content: defaultDocumentation({ locale, definition: entry.definition, ownerName: entry.owner.name }),
    written: false,
    language: locale,
  };
}

/** The entry's documentation section; `stepsAbove` when the request-access section shows the steps already. */
export async function CatalogEntryDocumentation(props: {
  entry: TCatalogDetail;
  locale: TLocale;
  stepsAbove: boolean;
}) {
  const t = await getTranslations("catalog.detail");
  const { content, written } = readerDocumentation(props.entry, props.locale);
  const stepsElsewhere = props.stepsAbove ? (
    <p>
      <a href="#request-access-heading" className="text-brand-700 underline underline-offset-2">
        {t("stepsAbove")}
      </a>
    </p>
  ) : undefined;
  return (
    <Section headingId="documentation-heading" title={t("documentationTitle")} card className="space-y-4">
      {!written && <p className="text-sm text-slate-700">{t("noDocumentation")}</p>}
      {/* The reader's language, or a note that it is missing and the written ones (issue 16.6, helper B). */}
      <DocumentationForReader
        documentation={props.entry.documentation}
        locale={props.locale}
        headingLevel={3}
        idPrefix="catalog"
        stepsElsewhere={stepsElsewhere}
        noneWritten={
          <DocumentationView
            content={content}
            headingLevel={3}
            idPrefix="catalog"
            stepsElsewhere={stepsElsewhere}
            language={props.locale}
          />
        }
      />
    </Section>
  );
}
