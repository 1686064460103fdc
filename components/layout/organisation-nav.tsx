"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export function OrganisationNav({ orgNumber, isAdmin }: { orgNumber: string; isAdmin: boolean }) {
  const t = useTranslations("organisation.nav");
  const pathname = usePathname();
  const base = `/orgs/${orgNumber}`;
  const links = [
    { href: base, label: t("overview") },
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
              aria-current={pathname === link.href ? "page" : undefined}
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
