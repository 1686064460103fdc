import { useTranslations } from "next-intl";
import { CodeList } from "@/components/ui/code-list";
import { Section } from "@/components/ui/section";

/** The scopes a consumer needs, read-only: they are part of the resource definition, not of the documentation. */
export function RequiredScopesNote({ scopes, version }: { scopes: string[]; version: number }) {
  const t = useTranslations("documentation.page");
  return (
    <Section headingId="required-scopes-heading" title={t("scopesTitle")} card className="space-y-2">
      <CodeList items={scopes} empty={<p className="text-slate-700">{t("noScopes")}</p>} />
      <p className="text-sm text-slate-600">{t("scopesFromResource", { version })}</p>
    </Section>
  );
}
