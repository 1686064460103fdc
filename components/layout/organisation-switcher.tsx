"use client";

import { usePathname } from "next/navigation";
import { lazy, Suspense, useCallback, useId, useRef, useState, type KeyboardEvent } from "react";

type TRole = "ADMIN" | "EDITOR" | "VIEWER";
export type TOrganisationOption = { orgNumber: string; name: string; role: TRole };

/** The switcher's texts, from the header (a server component), so the header needs no message formatter in the browser. */
export type TOrganisationSwitcherLabels = {
  organisationLabel: string;
  chooseOrganisation: string;
  noOrganisations: string;
  roles: Record<TRole, string>;
};

// The menu and its keys are not part of a page's first download (the header is on every page, issue 17): the button
// starts loading them when pointed at or focused, so opening rarely waits.
const loadMenu = () => import("./organisation-menu");
const OrganisationMenu = lazy(() => loadMenu().then((module) => ({ default: module.OrganisationMenu })));
const preloadMenu = () => void loadMenu();

/**
 * The organisation being acted for is part of the URL (/orgs/{orgNumber}), so switching is navigating. A menu button
 * of its own (WAI-ARIA APG "Menu Button" pattern: Enter, Space or ArrowDown open the menu on its first item, ArrowUp on
 * its last; the menu's keys are in use-menu-keys.ts) instead of a menu library: Radix's menu with its positioning
 * engine was ~39 kB of compressed JavaScript on each first visit.
 */
export function OrganisationSwitcher(props: {
  organisations: TOrganisationOption[];
  labels: TOrganisationSwitcherLabels;
}) {
  const { organisations, labels } = props;
  const pathname = usePathname();
  const currentNumber = /^\/orgs\/(\d{9})/.exec(pathname)?.[1];
  const current = organisations.find((o) => o.orgNumber === currentNumber);
  // Closed, or open with focus on its first or last item.
  const [open, setOpen] = useState<false | "first" | "last">(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    setOpen(event.key === "ArrowUp" ? "last" : "first");
  }

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen(open ? false : "first")}
        onKeyDown={onButtonKeyDown}
        onPointerEnter={preloadMenu}
        onFocus={preloadMenu}
        className="flex max-w-64 items-center gap-1 rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
      >
        {/* The accessible name starts with the visible text's context and contains it (WCAG 2.5.3). */}
        <span className="sr-only">{labels.organisationLabel} </span>
        <span className="truncate">{current?.name ?? labels.chooseOrganisation}</span>
        <span aria-hidden>▾</span>
      </button>
      {open && (
        <Suspense>
          <OrganisationMenu {...props} menu={{ id: menuId, currentNumber, focusOn: open, buttonRef, onClose: close }} />
        </Suspense>
      )}
    </div>
  );
}
