"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * One link of the organisation's navigation, marked as the current page on its page and (unless `exact`) on the pages
 * below it. The navigation itself is rendered on the server (organisation-nav.tsx); only this part runs in the browser,
 * since a layout is not told the address and stays mounted while a person moves between its pages.
 */
export function OrganisationNavLink(props: { href: string; exact?: boolean; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === props.href || (!props.exact && pathname.startsWith(`${props.href}/`));
  return (
    <Link
      href={props.href}
      aria-current={current ? "page" : undefined}
      className="inline-block border-b-2 border-transparent px-1 pb-2 text-sm text-slate-700 hover:text-brand-700 aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold aria-[current=page]:text-brand-900"
    >
      {props.children}
    </Link>
  );
}
