import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// Shared by the portal's singleton, the seed script and test factories. Free of `server-only`
// so that scripts outside Next.js can use it; the portal imports it only through lib/platform/db/prisma.ts.
export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export type { PrismaClient };
export type { Prisma, Role } from "./generated/client";
