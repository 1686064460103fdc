import { afterAll, describe, expect, it } from "vitest";
import { createOrganisation, testDb } from "@/test/factories";
import { retryUpstreamChange } from "./retry-upstream-change";

const db = testDb();
afterAll(() => db.$disconnect());

async function failedChange(organisationId: string, targetId: string, createdAt = new Date(Date.now() - 60_000)) {
  return db.upstreamChange.create({
    data: {
      organisationId,
      environment: "TEST",
      kind: "maskinporten.scope.upsert",
      targetType: "scope",
      targetId,
      payload: {},
      status: "FAILED",
      lastError: "HTTP 503",
      createdAt,
    },
  });
}

describe("retryUpstreamChange", () => {
  it("refuses a change that a newer change to the same object has replaced", async () => {
    const organisation = await createOrganisation(db);
    const old = await failedChange(organisation.id, "test:skd:retry.old");
    await failedChange(organisation.id, "test:skd:retry.old", new Date());
    const attempt = db.$transaction((tx) =>
      retryUpstreamChange({ tx, changeId: old.id, organisationId: organisation.id, role: "ADMIN" }),
    );
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", messageKey: "upstreamChangeSuperseded" });
  });

  it("refuses another organisation's change as not found", async () => {
    const owner = await createOrganisation(db);
    const other = await createOrganisation(db);
    const change = await failedChange(owner.id, "test:skd:retry.other");
    const attempt = db.$transaction((tx) =>
      retryUpstreamChange({ tx, changeId: change.id, organisationId: other.id, role: "ADMIN" }),
    );
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a change that is not failed", async () => {
    const organisation = await createOrganisation(db);
    const change = await db.upstreamChange.update({
      where: { id: (await failedChange(organisation.id, "test:skd:retry.synced")).id },
      data: { status: "SYNCED" },
    });
    const attempt = db.$transaction((tx) =>
      retryUpstreamChange({ tx, changeId: change.id, organisationId: organisation.id, role: "ADMIN" }),
    );
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", messageKey: "upstreamChangeNotFailed" });
  });
});
