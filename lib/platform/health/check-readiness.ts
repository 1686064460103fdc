import "server-only";
import { db } from "@/lib/platform/db/prisma";
import { UPSTREAM_QUEUE } from "@/lib/platform/jobs/boss";
import { senderBoss } from "@/lib/platform/jobs/sender-boss";
import { measureProbe, ProbeFailure, type TComponentHealth } from "./measure-probe";

export type TReadiness = { status: "ready" | "not-ready"; checks: TComponentHealth[] };

/**
 * Whether this process can serve users now: its database answers, no migration is half-applied or failed (a
 * migration job still running, or one that broke, leaves a row without `finished_at`), and the job queue accepts
 * changes. Upstream APIs are left out on purpose: when Altinn is down every replica would fail alike, and taking
 * them all out of service would only replace clear error messages with a load balancer's.
 */
export async function checkReadiness(): Promise<TReadiness> {
  const checks = await Promise.all([
    measureProbe("database", async () => {
      await db().$queryRaw`SELECT 1`;
    }),
    measureProbe("migrations", async () => {
      const [row] = await db().$queryRaw<{ applied: boolean }[]>`
        SELECT to_regclass('_prisma_migrations') IS NOT NULL AS applied`;
      if (!row?.applied) throw new ProbeFailure("no migrations applied");
      const [pending] = await db().$queryRaw<{ unfinished: bigint }[]>`
        SELECT count(*) AS unfinished FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL`;
      if (Number(pending?.unfinished ?? 0) > 0) throw new ProbeFailure("a migration is unfinished or failed");
    }),
    measureProbe("job-queue", async () => {
      const boss = await senderBoss();
      if (!(await boss.getQueue(UPSTREAM_QUEUE))) throw new ProbeFailure("the upstream queue does not exist");
    }),
  ]);
  return { status: checks.every((check) => check.reachable) ? "ready" : "not-ready", checks };
}
