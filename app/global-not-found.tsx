import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundView } from "@/components/landing/not-found-view";
import { SiteFrame } from "@/components/landing/site-frame";
import { toLocale } from "@/lib/platform/i18n/locales";
import "./globals.css";

// A URL no page matches. The portal has two root layouts (app/(portal), app/(public)), so this page brings its own
// document (next.config.ts `experimental.globalNotFound`); it says the same as the portal's not-found page, in the
// visitor's language. A page's own `notFound()` still renders its group's not-found.tsx inside its layout.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound");
  return { title: t("title") };
}

export default async function GlobalNotFound() {
  const locale = toLocale(await getLocale());
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <SiteFrame>
          <NotFoundView />
        </SiteFrame>
      </body>
    </html>
  );
}
