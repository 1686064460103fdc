import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { UPSTREAM_ENVIRONMENTS, type TUpstreamEnvironment } from "@/lib/platform/environment";

/**
 * Test and production hold separate things (scopes, access lists, clients): the environment is in the page's address
 * (a query parameter after `basePath`, or a path segment with `inPath`), so a view can be linked and reloaded.
 */
export async function EnvironmentTabs({
  basePath,
  environment,
  inPath = false,
}: {
  basePath: string;
  environment: TUpstreamEnvironment;
  inPath?: boolean;
}) {
  const t = await getTranslations("layout.environments");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-2">
        {UPSTREAM_ENVIRONMENTS.map((env) => (
          <li key={env}>
            <Link
              href={inPath ? `${basePath}/${env}` : `${basePath}?environment=${env}`}
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
