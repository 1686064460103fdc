import { afterAll, describe, expect, it } from "vitest";
import { createOrganisation, testDb } from "@/test/factories";
import { dismissUpstreamChange } from "./dismiss-upstream-change";

const db = testDb();
afterAll(() => db.$disconnect());

const change = (organisationId: string, targetId: string, status: "FAILED" | "SYNCED", createdAt: Date) =>
  db.upstreamChange.create({
    data: {
      organisationId,
      environment: "TEST",
      kind: "registry.access-list.members.add",
      targetType: "access-list",
      targetId,
      payload: {},
      status,
      lastError: status === "FAILED" ? "HTTP 400 · no such party" : null,
      createdAt,
    },
  });

const dismiss = (changeId: string, organisationId: string) =>
  db.$transaction((tx) => dismissUpstreamChange({ tx, changeId, organisationId, role: "EDITOR" }));

describe("dismissUpstreamChange", () => {
  it("settles a failed change a newer one replaced, naming the newer one; it is failed no more", async () => {
    const organisation = await createOrganisation(db);
    const old = await change(organisation.id, "test:skd:dismiss", "FAILED", new Date(Date.now() - 60_000));
    const newer = await change(organisation.id, "test:skd:dismiss", "SYNCED", new Date());
    await expect(dismiss(old.id, organisation.id)).resolves.toMatchObject({ supersededById: newer.id });
    expect(await db.upstreamChange.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      status: "SYNCED",
      supersededById: newer.id,
    });
    // Done once: a second dismissal finds nothing failed.
    await expect(dismiss(old.id, organisation.id)).rejects.toMatchObject({ messageKey: "upstreamChangeNotFailed" });
  });

  it("refuses the latest change (retry it instead) and another organisation's change", async () => {
    const organisation = await createOrganisation(db);
    const other = await createOrganisation(db);
    const latest = await change(organisation.id, "test:skd:dismiss-latest", "FAILED", new Date());
    await expect(dismiss(latest.id, organisation.id)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "upstreamChangeStillLatest",
    });
    await expect(dismiss(latest.id, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
