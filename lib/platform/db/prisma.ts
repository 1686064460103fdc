import "server-only";
import { env } from "@/lib/platform/config/env";
import { createPrismaClient, type Prisma, type PrismaClient } from "./create-prisma-client";

// Lazy, so `next build` never opens the database; kept on globalThis so dev reloads reuse one pool.
const globalForPrisma = globalThis as unknown as { portalPrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.portalPrisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.portalPrisma;
}

export type TDb = PrismaClient;
/** The client inside a transaction; domain functions take this so the action helper can wrap them. */
export type TTx = Prisma.TransactionClient;
