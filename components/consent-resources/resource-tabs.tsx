"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** The pages of one consent resource: its definition, versions, publishing and documentation. */
export function ResourceTabs({ orgNumber, identifier }: { orgNumber: string; identifier: string }) {
  const t = useTranslations("consentResources.nav");
  const pathname = usePathname();
  const base = `/orgs/${orgNumber}/resources/${encodeURIComponent(identifier)}`;
  const tabs = [
    { href: base, label: t("edit") },
    { href: `${base}/versions`, label: t("versions") },
    { href: `${base}/publishing`, label: t("publishing") },
    { href: `${base}/documentation`, label: t("documentation") },
  ];
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={decodeURIComponent(pathname) === decodeURIComponent(tab.href) ? "page" : undefined}
              className="inline-block rounded border border-slate-300 px-3 py-1 hover:bg-slate-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white"
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
