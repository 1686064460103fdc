import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ACCESS_LIST_ENVIRONMENTS } from "@/lib/access-lists/schemas";
import type { TListEnvironment } from "@/lib/access-lists/access-list-target";

/** Test and production have separate lists; the environment is in the URL so it can be linked and reloaded. */
export async function AccessListEnvironmentTabs({ orgNumber, environment }: { orgNumber: string; environment: TListEnvironment }) {
  const t = await getTranslations("accessLists.environments");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-2">
        {ACCESS_LIST_ENVIRONMENTS.map((env) => (
          <li key={env}>
            <Link
              href={`/orgs/${orgNumber}/access-lists?environment=${env}`}
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
