import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotificationsIndicator } from "@/components/notifications/notifications-indicator";
import { buttonClass } from "@/components/ui/button";
import type { TUnreadSummary } from "@/lib/notifications/get-unread-summary";
import type { TUserOrganisation } from "@/lib/organisations/list-user-organisations";
import { LanguageSwitch } from "./language-switch";
import { OrganisationSwitcher } from "./organisation-switcher";
import { SignOutButton } from "./sign-out-button";

export type TSiteHeaderProps = {
  locale: string;
  /** The logged-in user; null when nobody is. */
  user: { name: string | null; isPlatformAdmin: boolean } | null;
  organisations: TUserOrganisation[];
  unread: TUnreadSummary | null;
};

/** The portal's header; the root layout loads what it shows. */
export async function SiteHeader({ locale, user, organisations, unread }: TSiteHeaderProps) {
  const t = await getTranslations("layout");
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
          {user && (
            <OrganisationSwitcher
              organisations={organisations}
              labels={{
                organisationLabel: t("organisationLabel"),
                chooseOrganisation: t("chooseOrganisation"),
                noOrganisations: t("noOrganisations"),
                roles: { ADMIN: t("roles.ADMIN"), EDITOR: t("roles.EDITOR"), VIEWER: t("roles.VIEWER") },
              }}
            />
          )}
          {user && unread && <NotificationsIndicator unread={unread} />}
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
            <Link href="/signin" className={buttonClass({ variant: "primary", className: "text-sm" })}>
              {t("signIn")}
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
