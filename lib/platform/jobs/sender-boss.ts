import "server-only";
import type { PgBoss } from "pg-boss";
import { env } from "@/lib/platform/config/env";
import { startBoss } from "./boss";

const globalForBoss = globalThis as unknown as { portalBoss?: Promise<PgBoss> };

/** The portal's sending instance, started on first use. */
export function senderBoss(): Promise<PgBoss> {
  globalForBoss.portalBoss ??= startBoss(env().DATABASE_URL, "sender").catch((error: unknown) => {
    globalForBoss.portalBoss = undefined;
    throw error;
  });
  return globalForBoss.portalBoss;
}
