import { useTranslations } from "next-intl";
import { textForReader } from "@/lib/documentation/text-for-reader";
import type { TLocale } from "@/lib/platform/i18n/locales";

/**
 * One of a consent resource's trilingual texts (title, description, consent text) in the reader's language; where the
 * owner left that language empty, the nearest written one, marked with its `lang` and followed by a note saying so
 * (issue 16.6). `as` the element the text sits in; the note follows it inline.
 */
export function TextInLanguage(props: {
  text: Partial<Record<TLocale, string>>;
  locale: TLocale;
  as?: "span" | "p" | "h1";
  className?: string;
}) {
  const t = useTranslations("documentation.languages");
  const shown = textForReader(props.text, props.locale);
  const Element = props.as ?? "span";
  return (
    <>
      <Element className={props.className} lang={shown.missing ? shown.language : undefined}>
        {shown.text}
      </Element>
      {shown.missing && (
        <span className="block text-sm font-normal text-slate-600">
          {t("textMissing", { language: shown.language })}
        </span>
      )}
    </>
  );
}
