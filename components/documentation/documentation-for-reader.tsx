import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import { documentationForReader, type TDocumentationByLanguage } from "@/lib/documentation/documentation-languages";
import type { TLocale } from "@/lib/platform/i18n/locales";
import { DocumentationView } from "./documentation-view";

/**
 * A resource's documentation in the reader's language (issue 16.6). Where that language is not written, the reader is
 * told so in their language and offered every written language, the nearest open, each marked with its `lang`: never
 * another language passed off as theirs. `noneWritten` is shown when no language is written.
 */
export function DocumentationForReader(props: {
  documentation: TDocumentationByLanguage;
  locale: TLocale;
  noneWritten: ReactNode;
  headingLevel?: 2 | 3;
  idPrefix?: string;
  /** As DocumentationView's; for the nearest language only, the one whose steps the page shows elsewhere. */
  stepsElsewhere?: ReactNode;
}) {
  const t = useTranslations("documentation.languages");
  const { missing, available } = documentationForReader(props.documentation, props.locale);
  const prefix = props.idPrefix ?? "doc";
  const [nearest] = available;
  if (!nearest) return <>{props.noneWritten}</>;
  if (!missing) {
    const { language, content } = nearest;
    const { headingLevel, stepsElsewhere } = props;
    const view = { content, headingLevel, stepsElsewhere, idPrefix: prefix };
    return <DocumentationView {...view} language={language} />;
  }
  return (
    <div className="space-y-3">
      <Notice className="text-sm">{t("readerMissing")}</Notice>
      {available.map(({ language, content }, index) => (
        <details key={language} open={index === 0} className="rounded border border-slate-200 p-3">
          <summary className="cursor-pointer font-semibold">{t("name", { language })}</summary>
          <div className="pt-3">
            <DocumentationView
              content={content}
              language={language}
              headingLevel={props.headingLevel}
              idPrefix={`${prefix}-${language}`}
              stepsElsewhere={index === 0 ? props.stepsElsewhere : undefined}
            />
          </div>
        </details>
      ))}
    </div>
  );
}
