import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";
import { percentile } from "./stats";

// Timing for bench/growth.ts: the small-data and large-data variants of a figure are run alternately, so a change
// in the machine's load during the run (other processes, the emulator's garbage collection) hits both alike.

export async function measurePair(
  label: string,
  runs: number,
  small: () => Promise<unknown>,
  large: () => Promise<unknown>,
): Promise<{ label: string; small: number; large: number }> {
  for (let i = 0; i < 10; i++) {
    await small();
    await large();
  }
  const times = { small: [] as number[], large: [] as number[] };
  for (let i = 0; i < runs; i++) {
    for (const [key, fn] of i % 2 === 0
      ? ([
          ["small", small],
          ["large", large],
        ] as const)
      : ([
          ["large", large],
          ["small", small],
        ] as const)) {
      const start = performance.now();
      await fn();
      times[key].push(performance.now() - start);
    }
  }
  const p = (values: number[], q: number) =>
    percentile(
      [...values].sort((a, b) => a - b),
      q,
    );
  console.log(
    `${label.padEnd(52)} small p50 ${p(times.small, 50).toFixed(2).padStart(7)} p95 ${p(times.small, 95).toFixed(2).padStart(7)}` +
      `   large p50 ${p(times.large, 50).toFixed(2).padStart(7)} p95 ${p(times.large, 95).toFixed(2).padStart(7)} ms (${runs} runs)`,
  );
  return { label, small: p(times.small, 50), large: p(times.large, 50) };
}

/** The capped count of the audit log, as Prisma sends `count({ take })`. */
export const cappedCountSql = (organisationId: string, limit: number) =>
  `SELECT count(*) FROM (SELECT "id" FROM "AuditEvent" WHERE "organisationId" = '${organisationId}' LIMIT ${limit}) AS sub`;

/** The SQL of the audit log's page after a position, as Prisma sends it for olderThan() (lib/audit/audit-keyset.ts). */
export function deepPageSql(organisationId: string, cursor: string): string {
  const [time, id] = cursor.split("_");
  return `SELECT "id", "createdAt", "summary" FROM "AuditEvent" WHERE "organisationId" = '${organisationId}'
    AND "createdAt" <= '${time}' AND ("createdAt" < '${time}' OR ("createdAt" = '${time}' AND "id" < '${id}'))
    ORDER BY "createdAt" DESC, "id" DESC LIMIT 26`;
}

export async function printPlan(db: PrismaClient, title: string, sql: string) {
  const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`);
  console.log(`\n${title}:\n${plan.map((row) => `  ${row["QUERY PLAN"]}`).join("\n")}`);
}
