"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

type TOrganisationOption = { orgNumber: string; name: string; role: "ADMIN" | "EDITOR" | "VIEWER" };

/** The organisation being acted for is part of the URL (/orgs/{orgNumber}), so switching is navigating. */
export function OrganisationSwitcher({ organisations }: { organisations: TOrganisationOption[] }) {
  const t = useTranslations("layout");
  const pathname = usePathname();
  const currentNumber = /^\/orgs\/(\d{9})/.exec(pathname)?.[1];
  const current = organisations.find((o) => o.orgNumber === currentNumber);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="flex max-w-64 items-center gap-1 rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100">
        {/* The accessible name starts with the visible text's context and contains it (WCAG 2.5.3). */}
        <span className="sr-only">{t("organisationLabel")} </span>
        <span className="truncate">{current?.name ?? t("chooseOrganisation")}</span>
        <span aria-hidden>▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-64 rounded border border-slate-200 bg-white p-1 shadow-lg"
        >
          {organisations.length === 0 && <p className="px-3 py-2 text-sm text-slate-600">{t("noOrganisations")}</p>}
          {organisations.map((organisation) => (
            <DropdownMenu.Item key={organisation.orgNumber} asChild>
              <Link
                href={`/orgs/${organisation.orgNumber}`}
                aria-current={organisation.orgNumber === currentNumber ? "page" : undefined}
                className="block rounded px-3 py-2 text-sm outline-none data-[highlighted]:bg-brand-50"
              >
                <span className="block font-medium">{organisation.name}</span>
                <span className="block text-xs text-slate-600">
                  {organisation.orgNumber} · {t(`roles.${organisation.role}`)}
                </span>
              </Link>
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
