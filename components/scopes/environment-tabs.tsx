import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SCOPE_ENVIRONMENTS, type TScopeEnvironment } from "@/lib/scopes/schemas";

/** Test and production have separate scopes; the environment is in the URL so it can be linked and reloaded. */
export async function EnvironmentTabs({ orgNumber, environment }: { orgNumber: string; environment: TScopeEnvironment }) {
  const t = await getTranslations("scopes.environments");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-2">
        {SCOPE_ENVIRONMENTS.map((env) => (
          <li key={env}>
            <Link
              href={`/orgs/${orgNumber}/scopes?environment=${env}`}
              aria-current={env === environment ? "page" : undefined}
              className="inline-block rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
            >
              {t(env)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
