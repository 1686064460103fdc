import { useTranslations } from "next-intl";
import type { TScope } from "@/lib/scopes/scope-dto";

/** A scope's settings in a few words: visibility, token lifetime, integration types. */
export function ScopeSettings({ scope }: { scope: TScope }) {
  const t = useTranslations("scopes.fields");
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      <dt className="text-slate-600">{t("visibility")}</dt>
      <dd>{t(`visibilities.${scope.visibility}`)}</dd>
      <dt className="text-slate-600">{t("tokenLifetime")}</dt>
      <dd>
        {scope.tokenLifetimeSeconds === null
          ? t("defaultLifetime")
          : t("seconds", { seconds: scope.tokenLifetimeSeconds })}
      </dd>
      <dt className="text-slate-600">{t("integrationTypes")}</dt>
      <dd>
        <code>{scope.allowedIntegrationTypes.join(", ")}</code>
      </dd>
    </dl>
  );
}
