import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <section className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("text")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("home")}
      </Link>
    </section>
  );
}
