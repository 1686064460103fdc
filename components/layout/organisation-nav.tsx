"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export function OrganisationNav(props: { orgNumber: string; isAdmin: boolean; isServiceOwner: boolean }) {
  const { orgNumber, isAdmin, isServiceOwner } = props;
  const t = useTranslations("organisation.nav");
  const tClients = useTranslations("clients");
  const tRequests = useTranslations("accessRequests.nav");
  const tChecklist = useTranslations("checklist");
  const tKit = useTranslations("integrationKit");
  const tConsents = useTranslations("consentMonitor");
  const tSync = useTranslations("sync");
  const tSuppliers = useTranslations("suppliers");
  const pathname = usePathname();
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
            <Link
              href={link.href}
              aria-current={
                pathname === link.href || (link.href !== base && pathname.startsWith(`${link.href}/`))
                  ? "page"
                  : undefined
              }
              className="inline-block border-b-2 border-transparent px-1 pb-2 text-sm text-slate-700 hover:text-brand-700 aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold aria-[current=page]:text-brand-900"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
