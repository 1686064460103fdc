import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { listUserOrganisations } from "@/lib/organisations/list-user-organisations";
import { NotificationsIndicator } from "@/components/notifications/notifications-indicator";
import { LanguageSwitch } from "./language-switch";
import { OrganisationSwitcher } from "./organisation-switcher";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const t = await getTranslations("layout");
  const locale = await getLocale();
  const user = await getSessionUser();
  const organisations = user ? await listUserOrganisations({ userId: user.id }) : [];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="mr-auto text-lg font-semibold text-brand-900">
          {t("productName")}
        </Link>
        <nav aria-label={t("mainNavigation")} className="flex flex-wrap items-center gap-3">
          <Link href="/catalog" className="text-sm text-brand-700 underline-offset-2 hover:underline">
            {t("catalog")}
          </Link>
          {user && <OrganisationSwitcher organisations={organisations} />}
          {user && <NotificationsIndicator userId={user.id} />}
          {user?.isPlatformAdmin && (
            <Link href="/admin" className="text-sm text-brand-700 underline-offset-2 hover:underline">
              {t("platformAdmin")}
            </Link>
          )}
          <LanguageSwitch current={locale} />
          {user ? (
            <span className="flex items-center gap-2 text-sm">
              <span className="hidden sm:inline" data-testid="signed-in-user">
                {user.name ?? t("unnamedUser")}
              </span>
              <SignOutButton />
            </span>
          ) : (
            <Link href="/signin" className="rounded bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
              {t("signIn")}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
