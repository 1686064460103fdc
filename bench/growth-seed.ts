import type { PrismaClient } from "@/lib/platform/db/create-prisma-client";

// The audit logs of bench/growth.ts (its access lists come from lib/checklist/test-support/linked-list-fixture.ts).

const BATCH = 10_000;

/** An organisation with `count` audit events, two per timestamp (as a bulk change writes them). */
export async function seedAuditLog(db: PrismaClient, options: { orgNumber: string; count: number }) {
  const organisation = await db.organisation.create({
    data: { orgNumber: options.orgNumber, name: `Audited ${options.count}` },
  });
  const actor = await db.user.create({ data: { name: "Growth Bench", pid: `bench-${options.count}` } });
  const start = Date.now() - options.count * 1000;
  for (let i = 0; i < options.count; i += BATCH) {
    const size = Math.min(BATCH, options.count - i);
    await db.auditEvent.createMany({
      data: Array.from({ length: size }, (_, j) => ({
        actorId: actor.id,
        organisationId: organisation.id,
        action: "access-list.member.add",
        targetType: "access-list",
        summary: `Added member ${i + j}`,
        correlationId: crypto.randomUUID(),
        createdAt: new Date(start + Math.floor((i + j) / 2) * 2000),
      })),
    });
  }
  return organisation;
}
