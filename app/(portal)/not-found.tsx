import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageShell } from "@/components/layout/page-shell";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <PageShell title={t("title")} intro={t("text")}>
      <Link href="/" className="text-brand-700 underline">
        {t("home")}
      </Link>
    </PageShell>
  );
}
