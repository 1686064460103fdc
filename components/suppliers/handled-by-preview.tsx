import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import { toLocale } from "@/lib/platform/i18n/locales";

type TLanguage = "nb" | "nn" | "en";

/**
 * What the person will read in Altinn about who handles the request: the template's `handledBy` text with
 * {HandledBy} = the supplier and {CoveredBy} = the customer, in the page's language (Altinn shows it in theirs).
 */
export function HandledByPreview(props: {
  customer: { name: string; handledBy: Record<TLanguage, string> | null };
  locale: string;
}) {
  const t = useTranslations("suppliers.kit");
  const language: TLanguage = toLocale(props.locale);
  const text = props.customer.handledBy?.[language];
  return (
    <Section
      headingId="handled-by-heading"
      title={t("previewTitle", { name: props.customer.name })}
      card
      className="space-y-2"
    >
      <p className="text-slate-700">{t("previewIntro", { name: props.customer.name })}</p>
      {text && (
        <blockquote className="border-l-4 border-brand-600 pl-3 text-slate-900" data-testid="handled-by-text">
          {text}
        </blockquote>
      )}
    </Section>
  );
}
