import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";

// Skatteetaten as the emulator knows it (org number, org code and scope prefix `skd`, its delegations built in),
// in the test database: the drift tests compare the portal's rows of it with the emulator's.

export const SKD = "974761076";

export async function skatteetaten(db: PrismaClient) {
  return db.organisation.upsert({
    where: { orgNumber: SKD },
    create: { orgNumber: SKD, name: "Skatteetaten", orgCode: "skd", scopePrefix: "skd" },
    update: {},
    select: { id: true, orgNumber: true, name: true, orgCode: true, scopePrefix: true },
  });
}
