import { afterAll, describe, expect, it } from "vitest";
import type { TTx } from "@/lib/platform/db/prisma";
import { resourcePublishJob } from "@/lib/publishing/resource-jobs";
import { testDb } from "@/test/factories";
import { enqueueUpstreamChange } from "./enqueue-upstream-change";
import { runUpstreamChange } from "@/lib/platform/jobs/run-upstream-change";
import { type TUpstreamPayload, upstreamHandlers, upstreamKinds } from "./upstream-job-registry";

const db = testDb();
afterAll(() => db.$disconnect());

// A delete's payload, stored (or enqueued) under the publish kind.
const deletePayload = { actingFor: "974761076", identifier: "skd-registry-test" };

describe("the upstream job registry", () => {
  it("declares every kind once, each with its handler", () => {
    expect(new Set(upstreamKinds).size).toBe(upstreamKinds.length);
    expect(Object.keys(upstreamHandlers).sort()).toEqual([...upstreamKinds].sort());
  });

  it("fails a change whose stored payload does not fit its kind at once, naming what is wrong", async () => {
    const { id } = await db.upstreamChange.create({
      data: {
        environment: "TEST",
        kind: "registry.resource.publish",
        targetType: "consent-resource",
        targetId: "skd-registry-test",
        payload: deletePayload,
      },
    });
    expect(
      await runUpstreamChange({ db, changeId: id, handlers: upstreamHandlers, retryCount: 0, retryLimit: 10 }),
    ).toBe("failed");
    const row = await db.upstreamChange.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(row.lastError).toContain("registry.resource.publish change does not fit its kind");
    expect(row.lastError).toMatch(/owner: .*expected object/);
  });

  it("does not compile a payload that does not fit its kind", () => {
    const wrong = { kind: "registry.resource.publish", payload: deletePayload } as const;
    const right = { kind: "registry.resource.delete", payload: deletePayload } as const;
    const row = { organisationId: null, environment: "TEST", targetType: "consent-resource", targetId: "x" } as const;
    // Never called: what is checked here is what compiles (tsc --noEmit type-checks the tests).
    const enqueue = (tx: TTx) => [
      enqueueUpstreamChange({ tx, ...row, ...right }),
      // @ts-expect-error a delete's payload is not a publication's
      enqueueUpstreamChange({ tx, ...row, ...wrong }),
    ];
    // @ts-expect-error the same, as the payload type of the kind
    const publication: TUpstreamPayload<"registry.resource.publish"> = deletePayload;
    expect(enqueue).toBeTypeOf("function");
    // What does not compile is refused when the job runs too.
    expect(resourcePublishJob.payload.safeParse(publication).success).toBe(false);
  });
});
