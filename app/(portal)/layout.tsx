import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { pickMessages, SHELL_MESSAGE_PATHS } from "@/lib/platform/i18n/pick-messages";
import { toLocale } from "@/lib/platform/i18n/locales";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { getSessionUser } from "@/lib/platform/auth/get-session-user";
import { getUnreadSummary } from "@/lib/notifications/get-unread-summary";
import { listUserOrganisations } from "@/lib/organisations/list-user-organisations";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // next-intl's locale is the formatting one ("en-GB"); the page says which language it is in ("en").
  const locale = toLocale(await getLocale());
  // The header's data, loaded here so the header only shows it.
  const user = await getSessionUser();
  const [organisations, unread] = user
    ? await Promise.all([listUserOrganisations({ userId: user.id }), getUnreadSummary({ userId: user.id })])
    : [[], null];
  // The shell's messages only; the organisation and admin layouts hand their pages the rest (pick-messages.ts).
  const messages = pickMessages((await getMessages()) as never, SHELL_MESSAGE_PATHS);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider messages={messages}>
          <SkipLink />
          <SiteHeader
            locale={locale}
            user={user && { name: user.name, isPlatformAdmin: user.isPlatformAdmin }}
            organisations={organisations}
            unread={unread}
          />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
