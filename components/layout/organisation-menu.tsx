"use client";

import Link from "next/link";
import { useRef, type RefObject } from "react";
import type { TOrganisationOption, TOrganisationSwitcherLabels } from "./organisation-switcher";
import { useMenuKeys } from "./use-menu-keys";

/** The organisation switcher's open menu (organisation-switcher.tsx loads it when first needed). */
export function OrganisationMenu(props: {
  organisations: TOrganisationOption[];
  labels: TOrganisationSwitcherLabels;
  /** The menu's id (its button's `aria-controls`), the organisation shown, where focus starts, and how to close. */
  menu: {
    id: string;
    currentNumber: string | undefined;
    focusOn: "first" | "last";
    buttonRef: RefObject<HTMLButtonElement | null>;
    onClose: () => void;
  };
}) {
  const { organisations, labels } = props;
  const { currentNumber, buttonRef, focusOn, onClose } = props.menu;
  const menuRef = useRef<HTMLDivElement>(null);
  const onKeyDown = useMenuKeys({ menuRef, buttonRef, focusOn, close: onClose });
  return (
    <div
      ref={menuRef}
      id={props.menu.id}
      role="menu"
      aria-label={labels.organisationLabel}
      onKeyDown={onKeyDown}
      className="absolute right-0 top-full z-50 mt-1 min-w-64 rounded border border-slate-200 bg-white p-1 shadow-lg"
    >
      {organisations.length === 0 && <p className="px-3 py-2 text-sm text-slate-600">{labels.noOrganisations}</p>}
      {organisations.map((organisation) => (
        <Link
          key={organisation.orgNumber}
          role="menuitem"
          tabIndex={-1}
          href={`/orgs/${organisation.orgNumber}`}
          onClick={onClose}
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
  );
}
