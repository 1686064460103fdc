import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * What a new resource's page shows before its editor opens (issue 17: the editor, ~35 kB of compressed JavaScript,
 * loads when "Start the definition" is pressed): what the definition asks for, and the organisation's scopes, so a
 * service owner without one learns it before filling in the rest. A server component: no JavaScript of its own.
 */
export function NewResourceIntro({ orgNumber, scopeNames }: { orgNumber: string; scopeNames: string[] }) {
  const t = useTranslations("consentResources.editor");
  return (
    <div className="space-y-2 text-slate-700">
      <p>{t("newIntro")}</p>
      <p>{t("newNeeds")}</p>
      <p>
        {scopeNames.length > 0 ? t("newScopes", { count: scopeNames.length }) : t("newNoScopes")}{" "}
        <Link href={`/orgs/${orgNumber}/scopes`} className="text-brand-700 underline">
          {t("scopesLink")}
        </Link>
      </p>
    </div>
  );
}
