import { createPrismaClient, type PrismaClient, type Role } from "../lib/db/create-prisma-client";
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

export async function createOrganisation(
  db: PrismaClient,
  options: { name?: string; members?: { userId: string; role: Role }[] } = {},
) {
  const orgNumber = randomOrganisationNumber();
  return db.organisation.create({
    data: {
      orgNumber,
      name: options.name ?? `Test Organisation ${orgNumber}`,
      memberships: { create: options.members ?? [] },
    },
    select: { id: true, orgNumber: true, name: true },
  });
}
