import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Pagination({ basePath, page, pageCount }: { basePath: string; page: number; pageCount: number }) {
  const t = await getTranslations("pagination");
  if (pageCount <= 1) return null;
  const link = "rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100";
  return (
    <nav aria-label={t("label")} className="flex items-center gap-3">
      {page > 1 && (
        <Link href={`${basePath}?page=${page - 1}`} className={link} rel="prev">
          {t("previous")}
        </Link>
      )}
      <span className="text-sm" aria-current="page">
        {t("pageOf", { page, pageCount })}
      </span>
      {page < pageCount && (
        <Link href={`${basePath}?page=${page + 1}`} className={link} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
