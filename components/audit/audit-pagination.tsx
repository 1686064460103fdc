import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TAuditPage } from "@/lib/audit/list-audit-events";

// Previous and next links by position in the log (lib/audit/audit-keyset.ts), not by page number: the number
// travels along only as a label, shown with the page count when the log is short enough to be counted.

export async function AuditPagination({ basePath, page }: { basePath: string; page: TAuditPage }) {
  const t = await getTranslations("pagination");
  const tAudit = await getTranslations("audit");
  if (!page.newer && !page.older) return null;
  const link = "rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100";
  const href = (key: "before" | "after", cursor: string, number: number | null) =>
    `${basePath}?${new URLSearchParams({ [key]: cursor, ...(number && number > 1 ? { page: String(number) } : {}) })}`;
  const label =
    page.page === null
      ? null
      : page.pageCount === null
        ? tAudit("pageNumber", { page: page.page })
        : t("pageOf", { page: page.page, pageCount: page.pageCount });
  return (
    <nav aria-label={t("label")} className="flex items-center gap-3">
      {page.newer && (
        <Link href={href("after", page.newer, page.page && page.page - 1)} className={link} rel="prev">
          {t("previous")}
        </Link>
      )}
      {label && (
        <span className="text-sm" aria-current="page">
          {label}
        </span>
      )}
      {page.older && (
        <Link href={href("before", page.older, page.page && page.page + 1)} className={link} rel="next">
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
