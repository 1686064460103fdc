import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";
import type { TRequestSnippets } from "@/lib/integration-kit/request-snippets";
import { SnippetTabs } from "./snippet-tabs";

/**
 * The request as code. No client directive of its own: the page renders it on the server for the default values
 * (a first visit ships only the tabs), the builder in the browser as the fields change.
 */
export function RequestCode({ snippets, incomplete }: { snippets: TRequestSnippets; incomplete: boolean }) {
  const t = useTranslations("integrationKit.snippets");
  return (
    <Section headingId="snippets-heading" title={t("title")} className="min-w-0 space-y-2">
      {incomplete && <p className="text-sm text-amber-800">{t("invalid")}</p>}
      <SnippetTabs snippets={snippets} />
      <p className="text-sm text-slate-600">{t("idNote")}</p>
    </Section>
  );
}
