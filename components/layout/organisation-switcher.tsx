"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useRef, useState } from "react";
import { useMenuKeys } from "./use-menu-keys";

type TRole = "ADMIN" | "EDITOR" | "VIEWER";
type TOrganisationOption = { orgNumber: string; name: string; role: TRole };

/** The switcher's texts, from the header (a server component), so the header needs no message formatter in the browser. */
export type TOrganisationSwitcherLabels = {
  organisationLabel: string;
  chooseOrganisation: string;
  noOrganisations: string;
  roles: Record<TRole, string>;
};

/**
 * The organisation being acted for is part of the URL (/orgs/{orgNumber}), so switching is navigating. A menu button
 * of its own (WAI-ARIA APG "Menu Button" pattern, keys in use-menu-keys.ts) instead of a menu library: the header is on
 * every page, and Radix's menu with its positioning engine was ~39 kB of compressed JavaScript on each first visit.
 */
export function OrganisationSwitcher({
  organisations,
  labels,
}: {
  organisations: TOrganisationOption[];
  labels: TOrganisationSwitcherLabels;
}) {
  const pathname = usePathname();
  const currentNumber = /^\/orgs\/(\d{9})/.exec(pathname)?.[1];
  const current = organisations.find((o) => o.orgNumber === currentNumber);
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const { onButtonKeyDown, onMenuKeyDown } = useMenuKeys({ open, setOpen, buttonRef, menuRef });
  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKeyDown}
        className="flex max-w-64 items-center gap-1 rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
      >
        {/* The accessible name starts with the visible text's context and contains it (WCAG 2.5.3). */}
        <span className="sr-only">{labels.organisationLabel} </span>
        <span className="truncate">{current?.name ?? labels.chooseOrganisation}</span>
        <span aria-hidden>▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={labels.organisationLabel}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 top-full z-50 mt-1 min-w-64 rounded border border-slate-200 bg-white p-1 shadow-lg"
        >
          {organisations.length === 0 && <p className="px-3 py-2 text-sm text-slate-600">{labels.noOrganisations}</p>}
          {organisations.map((organisation) => (
            <Link
              key={organisation.orgNumber}
              role="menuitem"
              tabIndex={-1}
              href={`/orgs/${organisation.orgNumber}`}
              onClick={() => setOpen(false)}
              aria-current={organisation.orgNumber === currentNumber ? "page" : undefined}
              className="block rounded px-3 py-2 text-sm outline-none hover:bg-brand-50 focus:bg-brand-50"
            >
              <span className="block font-medium wrap-anywhere">{organisation.name}</span>
              <span className="block text-xs text-slate-600">
                {organisation.orgNumber} · {labels.roles[organisation.role]}
              </span>
            </Link>
          ))}
        </div>
      )}
    </div>
  );
}
