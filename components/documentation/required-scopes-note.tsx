import { useTranslations } from "next-intl";
import { cardClass } from "@/components/ui/card";

/** The scopes a consumer needs, read-only: they are part of the resource definition, not of the documentation. */
export function RequiredScopesNote({ scopes, version }: { scopes: string[]; version: number }) {
  const t = useTranslations("documentation.page");
  return (
    <section aria-labelledby="required-scopes-heading" className={cardClass({ className: "space-y-2" })}>
      <h2 id="required-scopes-heading" className="text-lg font-semibold">
        {t("scopesTitle")}
      </h2>
      {scopes.length > 0 ? (
        <ul className="flex flex-wrap gap-2">
          {scopes.map((scope) => (
            <li key={scope}>
              <code className="rounded bg-slate-100 px-2 py-1 text-sm">{scope}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t("noScopes")}</p>
      )}
      <p className="text-sm text-slate-600">{t("scopesFromResource", { version })}</p>
    </section>
  );
}
