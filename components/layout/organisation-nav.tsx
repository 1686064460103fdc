import { getTranslations } from "next-intl/server";
import { OrganisationNavLink } from "./organisation-nav-link";

/**
 * The organisation's pages, rendered on the server so its texts and the list of links send no code or messages to the
 * browser; the links mark the current page themselves (organisation-nav-link.tsx).
 */
export async function OrganisationNav(props: { orgNumber: string; isAdmin: boolean; isServiceOwner: boolean }) {
  const { orgNumber, isAdmin, isServiceOwner } = props;
  const [t, tClients, tRequests, tChecklist, tKit, tConsents, tSync, tSuppliers] = await Promise.all([
    getTranslations("organisation.nav"),
    getTranslations("clients"),
    getTranslations("accessRequests.nav"),
    getTranslations("checklist"),
    getTranslations("integrationKit"),
    getTranslations("consentMonitor"),
    getTranslations("sync"),
    getTranslations("suppliers"),
  ]);
  const base = `/orgs/${orgNumber}`;
  const links = [
    { href: base, label: t("overview") },
    ...(isServiceOwner
      ? [
          { href: `${base}/scopes`, label: t("scopes") },
          { href: `${base}/resources`, label: t("resources") },
          { href: `${base}/access-lists`, label: t("accessLists") },
          { href: `${base}/validator`, label: t("validator") },
          { href: `${base}/approvals`, label: tRequests("approvals") },
        ]
      : []),
    // The onboarding checklist is the consumer's (organisations without a scope prefix).
    ...(isServiceOwner
      ? []
      : [
          { href: `${base}/checklist`, label: tChecklist("navLink") },
          { href: `${base}/integration`, label: tKit("navLink") },
          { href: `${base}/consents`, label: tConsents("navLink") },
        ]),
    { href: `${base}/access-requests`, label: tRequests("accessRequests") },
    { href: `${base}/notifications`, label: tRequests("notifications") },
    { href: `${base}/clients`, label: tClients("navLink") },
    { href: `${base}/suppliers`, label: tSuppliers("navLink") },
    { href: `${base}/sync`, label: tSync("navLink") },
    { href: `${base}/members`, label: t("members") },
    ...(isAdmin ? [{ href: `${base}/audit`, label: t("audit") }] : []),
  ];
  return (
    <nav aria-label={t("label")} className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-4">
        {links.map((link) => (
          <li key={link.href}>
            {/* The overview is current on its own address only; every other page also on the pages below it. */}
            <OrganisationNavLink href={link.href} exact={link.href === base}>
              {link.label}
            </OrganisationNavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
