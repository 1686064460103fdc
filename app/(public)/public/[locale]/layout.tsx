import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SiteFrame } from "@/components/landing/site-frame";
import { SiteHeader } from "@/components/layout/site-header";
import { intlLocale, LOCALES } from "@/lib/platform/i18n/locales";
import { publicLocale } from "./public-locale";
import "../../../globals.css";

// The second root layout: the pages a visitor who is not signed in is served from the cache (the landing page, the
// catalog, its entries), rendered once per language (and catalog revision) with no session, cookie or nonce. proxy.ts
// rewrites `/`, `/catalog` and `/catalog/<identifier>` here; a signed-in person and a search get the portal's pages.

/**
 * The messages these pages' client components translate: none. Their one client component that translates is the
 * catalog search field's error (components/forms/field-error.tsx), which the GET search form never gives an error
 * (the browser enforces its length), so it renders nothing; it still needs next-intl's provider around it. Sending
 * `errors.fields` made up a quarter of every public page's HTML (7 kB of 29 kB on the landing page).
 */
const CLIENT_MESSAGES = {};

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
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider messages={CLIENT_MESSAGES}>
          {/* The portal's header as anyone not signed in sees it: the catalog, the language switch, "Sign in". */}
          <SiteFrame header={<SiteHeader locale={locale} user={null} organisations={[]} unread={null} />}>
            {children}
          </SiteFrame>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
