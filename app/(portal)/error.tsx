"use client";

import { useTranslations } from "next-intl";

// Rendering failed on the server: show the digest Next logged with the error, never the error text.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <section className="space-y-3" role="alert">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("text", { reference: error.digest ?? "-" })}</p>
      <button type="button" onClick={reset} className="rounded border border-slate-300 px-3 py-1.5">
        {t("retry")}
      </button>
    </section>
  );
}
