import { validDefinition } from "../lib/consent-resources/test-fixtures";
import { createPrismaClient, type PrismaClient, type Role } from "../lib/platform/db/create-prisma-client";
import { randomNationalIdentityNumber, randomOrganisationNumber } from "./identifiers";

// Factories for vitest and Playwright: each call makes fresh rows that no other test touches.

export function testDb(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set for the test factories");
  return createPrismaClient(url);
}

export async function createUser(db: PrismaClient, options: { name?: string; isPlatformAdmin?: boolean } = {}) {
  return db.user.create({
    data: {
      pid: randomNationalIdentityNumber(),
      name: options.name ?? "Test Person",
      isPlatformAdmin: options.isPlatformAdmin ?? false,
    },
    select: { id: true, pid: true, name: true, isPlatformAdmin: true },
  });
}

type TOrganisationOptions = { name?: string; orgCode?: string; scopePrefix?: string };

export async function createOrganisation(
  db: PrismaClient,
  options: TOrganisationOptions & { members?: { userId: string; role: Role }[] } = {},
) {
  const orgNumber = randomOrganisationNumber();
  return db.organisation.create({
    data: {
      orgNumber,
      name: options.name ?? `Test Organisation ${orgNumber}`,
      orgCode: options.orgCode,
      scopePrefix: options.scopePrefix,
      memberships: { create: options.members ?? [] },
    },
    select: { id: true, orgNumber: true, name: true },
  });
}

/** One fresh user per entry; those given a `role` are members of one fresh organisation, the others outside it. */
export type TMemberSpec = { role?: Role; name?: string; isPlatformAdmin?: boolean };

export async function createOrganisationWithMembers<TKey extends string>(
  db: PrismaClient,
  members: Record<TKey, TMemberSpec>,
  options: TOrganisationOptions = {},
) {
  const users = {} as Record<TKey, Awaited<ReturnType<typeof createUser>>>;
  const memberships: { userId: string; role: Role }[] = [];
  // One at a time, in the order given, as the tests made them by hand.
  for (const [key, spec] of Object.entries<TMemberSpec>(members) as [TKey, TMemberSpec][]) {
    users[key] = await createUser(db, spec);
    if (spec.role) memberships.push({ userId: users[key].id, role: spec.role });
  }
  return { organisation: await createOrganisation(db, { ...options, members: memberships }), users };
}

/** A consent resource with its draft version 1 (the valid example under `identifier` unless `content` is given). */
export async function createConsentResource(
  db: PrismaClient,
  options: { organisationId: string; identifier: string; content?: object },
) {
  const content = options.content ?? { ...validDefinition, identifier: options.identifier };
  return db.consentResource.create({
    data: {
      organisationId: options.organisationId,
      identifier: options.identifier,
      versions: { create: { version: 1, content } },
    },
    select: { id: true, versions: { select: { id: true } } },
  });
}

/**
 * A seeded service owner (demo data: Skatteetaten 974761076, org code `skd`, scope prefix `skd`, whose
 * delegations the emulator has built in) with a fresh member of the given role. Specs share the
 * organisation, so they name what they create uniquely (e.g. with `uniqueSuffix()`).
 */
export async function serviceOwnerMember(db: PrismaClient, options: { role: Role; name?: string; orgNumber?: string }) {
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { orgNumber: options.orgNumber ?? "974761076" },
    select: { id: true, orgNumber: true, name: true, orgCode: true, scopePrefix: true },
  });
  const user = await createUser(db, { name: options.name ?? `Service Owner ${options.role.toLowerCase()}` });
  await db.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: options.role } });
  return { user, organisation };
}

export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
