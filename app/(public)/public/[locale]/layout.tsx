import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SiteFrame } from "@/components/landing/site-frame";
import { SiteHeader } from "@/components/layout/site-header";
import { intlLocale, LOCALES } from "@/lib/platform/i18n/locales";
import { pickMessages } from "@/lib/platform/i18n/pick-messages";
import { publicLocale } from "./public-locale";
import "../../../globals.css";

// The second root layout: the pages a visitor who is not signed in is served from the cache (the landing page, the
// catalog, its entries), rendered once per language (and catalog revision) with no session, cookie or nonce. proxy.ts
// rewrites `/`, `/catalog` and `/catalog/<identifier>` here; a signed-in person and a search get the portal's pages.

/** What these pages' client components show: the search field's error (components/forms/field-error.tsx). */
const CLIENT_MESSAGE_PATHS = ["errors.fields"];

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/public/[locale]">): Promise<Metadata> {
  const locale = await publicLocale(params);
  const t = await getTranslations({ locale: intlLocale(locale), namespace: "app" });
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function PublicLayout({ children, params }: LayoutProps<"/public/[locale]">) {
  const locale = await publicLocale(params);
  const messages = pickMessages((await getMessages()) as never, CLIENT_MESSAGE_PATHS);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider messages={messages}>
          {/* The portal's header as anyone not signed in sees it: the catalog, the language switch, "Sign in". */}
          <SiteFrame header={<SiteHeader locale={locale} user={null} organisations={[]} unread={null} />}>
            {children}
          </SiteFrame>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
