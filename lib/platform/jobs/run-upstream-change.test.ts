import { afterAll, describe, expect, it, vi } from "vitest";
import { testDb } from "@/test/factories";
import { runUpstreamChange } from "./run-upstream-change";
import type { TUpstreamHandlers } from "./define-upstream-job";

const db = testDb();
afterAll(() => db.$disconnect());

async function change() {
  return db.upstreamChange.create({
    data: {
      environment: "TEST",
      kind: "maskinporten.scope-access.grant",
      targetType: "scope",
      targetId: "skd:test",
      payload: { scope: "skd:test", consumerOrg: "313876144" },
    },
  });
}

const upstreamFailure = (retryable: boolean) =>
  Object.assign(new Error("upstream said no"), { retryable, status: retryable ? 503 : 400, code: "RR-00010" });

describe("runUpstreamChange", () => {
  it("marks a change synced once its handler succeeds, and does not run it again", async () => {
    const { id } = await change();
    const handler = vi.fn(async () => {});
    const handlers: TUpstreamHandlers = { "maskinporten.scope-access.grant": handler };
    expect(await runUpstreamChange({ db, changeId: id, handlers, retryCount: 0, retryLimit: 3 })).toBe("synced");
    expect(await runUpstreamChange({ db, changeId: id, handlers, retryCount: 0, retryLimit: 3 })).toBe("skipped");
    expect(handler).toHaveBeenCalledTimes(1);
    expect(await db.upstreamChange.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SYNCED",
      attempts: 1,
      lastError: null,
    });
  });

  it("rethrows a retryable failure for the queue to retry, keeping the reason", async () => {
    const { id } = await change();
    const handlers: TUpstreamHandlers = {
      "maskinporten.scope-access.grant": async () => Promise.reject(upstreamFailure(true)),
    };
    await expect(runUpstreamChange({ db, changeId: id, handlers, retryCount: 0, retryLimit: 3 })).rejects.toThrow(
      "upstream said no",
    );
    const row = await db.upstreamChange.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toContain("HTTP 503");
  });

  it("marks the change failed with its reason when retrying cannot help", async () => {
    const { id } = await change();
    const handlers: TUpstreamHandlers = {
      "maskinporten.scope-access.grant": async () => Promise.reject(upstreamFailure(false)),
    };
    expect(await runUpstreamChange({ db, changeId: id, handlers, retryCount: 0, retryLimit: 3 })).toBe("failed");
    const row = await db.upstreamChange.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("FAILED");
    expect(row.lastError).toContain("RR-00010");
  });

  it("gives up after the last retry", async () => {
    const { id } = await change();
    const handlers: TUpstreamHandlers = {
      "maskinporten.scope-access.grant": async () => Promise.reject(upstreamFailure(true)),
    };
    expect(await runUpstreamChange({ db, changeId: id, handlers, retryCount: 3, retryLimit: 3 })).toBe("failed");
    expect((await db.upstreamChange.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");
  });
});
