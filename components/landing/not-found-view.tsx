import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";

/** "Page not found", for the portal's and the public pages' not-found pages and app/global-not-found.tsx alike. */
export async function NotFoundView() {
  const t = await getTranslations("notFound");
  return (
    <PageShell title={t("title")} intro={t("text")}>
      <Link href="/" className="text-brand-700 underline">
        {t("home")}
      </Link>
    </PageShell>
  );
}
