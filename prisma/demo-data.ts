import type { Role } from "../lib/platform/db/create-prisma-client";

// Demo data for `npm start`. The persons are the emulator's test persons (synthetic numbers), so
// each can log in through the emulator's Ansattporten page and land in a populated portal. The memberships mirror the
// rights the emulator's Altinn holds for them (emulator/ansattporten), so they are Altinn's (source ALTINN), as a login
// would write them: the portal is usable at once, and each login re-reads them from the token. Siri Berg's platform
// administration comes from PLATFORM_ADMIN_PIDS (scripts/run/local-env.ts); the flag here only matches it.

/** The portal's Altinn resource for each role (the defaults of ANSATTPORTEN_RESOURCE_*). */
export const DEMO_RESOURCE_OF_ROLE: Record<Role, string> = {
  ADMIN: "consent-portal-admin",
  EDITOR: "consent-portal-write",
  VIEWER: "consent-portal-read",
};

export const DEMO_ORGANISATIONS = [
  { orgNumber: "974761076", name: "Skatteetaten", orgCode: "skd", scopePrefix: "skd" },
  { orgNumber: "313876144", name: "Testbanken AS", orgCode: null, scopePrefix: null },
  { orgNumber: "991825827", name: "Digitaliseringsdirektoratet", orgCode: "digdir", scopePrefix: "digdir" },
] as const;

type TDemoPerson = {
  pid: string;
  name: string;
  isPlatformAdmin?: boolean;
  memberships: { orgNumber: string; role: Role }[];
};

export const DEMO_PERSONS: TDemoPerson[] = [
  {
    pid: "21818297804",
    name: "Kari Nordmann",
    memberships: [{ orgNumber: "974761076", role: "ADMIN" }],
  },
  {
    pid: "25922947409",
    name: "Ola Nordmann",
    memberships: [
      { orgNumber: "313876144", role: "ADMIN" },
      { orgNumber: "974761076", role: "EDITOR" },
    ],
  },
  {
    pid: "03867199348",
    name: "Per Hansen",
    memberships: [{ orgNumber: "974761076", role: "VIEWER" }],
  },
  {
    pid: "12839120247",
    name: "Siri Berg",
    isPlatformAdmin: true,
    memberships: [{ orgNumber: "991825827", role: "ADMIN" }],
  },
  // Belongs to no organisation: shows what a newcomer sees, and that other organisations' pages are 404.
  { pid: "07088521751", name: "Jonas Lie", memberships: [] },
];
