import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links; `params` (a search's `q`) are kept in each page's URL. */
export async function Pagination({
  basePath,
  page,
  pageCount,
  params = {},
}: {
  basePath: string;
  page: number;
  pageCount: number;
  params?: Record<string, string>;
}) {
  const t = await getTranslations("pagination");
  if (pageCount <= 1) return null;
  const href = (target: number) => `${basePath}?${new URLSearchParams({ ...params, page: String(target) })}`;
  const link = "rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100";
  return (
    <nav aria-label={t("label")} className="flex items-center gap-3">
      {page > 1 && (
        <Link href={href(page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span className="text-sm" aria-current="page">
        {t("pageOf", { page, pageCount })}
      </span>
      {page < pageCount && (
        <Link href={href(page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
