import { createPrismaClient } from "../lib/platform/db/create-prisma-client";
import { DEMO_ORGANISATIONS, DEMO_PERSONS, DEMO_RESOURCE_OF_ROLE } from "./demo-data";

/** Loads the demo data; safe to run again (upserts by organisation and identity number). */
export default async function seed(databaseUrl: string): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    for (const organisation of DEMO_ORGANISATIONS) {
      await db.organisation.upsert({ where: { orgNumber: organisation.orgNumber }, create: organisation, update: {} });
    }
    for (const person of DEMO_PERSONS) {
      const user = await db.user.upsert({
        where: { pid: person.pid },
        create: { pid: person.pid, name: person.name, isPlatformAdmin: person.isPlatformAdmin ?? false },
        update: { isPlatformAdmin: person.isPlatformAdmin ?? false },
      });
      for (const membership of person.memberships) {
        const organisation = await db.organisation.findUniqueOrThrow({ where: { orgNumber: membership.orgNumber } });
        await db.membership.upsert({
          where: { userId_organisationId: { userId: user.id, organisationId: organisation.id } },
          create: {
            userId: user.id,
            organisationId: organisation.id,
            role: membership.role,
            source: "ALTINN",
            altinnResources: [DEMO_RESOURCE_OF_ROLE[membership.role]],
          },
          update: {},
        });
      }
    }
  } finally {
    await db.$disconnect();
  }
}

/** True when the database holds no organisation yet: `npm start` seeds only then. */
export async function isEmpty(databaseUrl: string): Promise<boolean> {
  const db = createPrismaClient(databaseUrl);
  try {
    return (await db.organisation.count()) === 0;
  } finally {
    await db.$disconnect();
  }
}
