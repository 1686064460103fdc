import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { getUnreadSummary } from "./get-unread-summary";

// The header's indicator on a real database: unread since the member last opened the organisation's notifications.

const db = testDb();
afterAll(() => db.$disconnect());

describe("getUnreadSummary", () => {
  it("is null for a user without organisations", async () => {
    const user = await createUser(db);
    expect(await getUnreadSummary({ userId: user.id })).toBeNull();
  });

  it("adds up the unread notifications and leads to the first organisation that has some", async () => {
    const user = await createUser(db);
    const suffix = uniqueSuffix();
    const first = await createOrganisation(db, { name: `A ${suffix}`, members: [{ userId: user.id, role: "ADMIN" }] });
    const second = await createOrganisation(db, {
      name: `B ${suffix}`,
      members: [{ userId: user.id, role: "VIEWER" }],
    });
    expect(await getUnreadSummary({ userId: user.id })).toEqual({ total: 0, orgNumber: first.orgNumber });

    await db.notification.createMany({
      data: [1, 2].map(() => ({ organisationId: second.id, kind: "access-request.submitted" })),
    });
    expect(await getUnreadSummary({ userId: user.id })).toEqual({ total: 2, orgNumber: second.orgNumber });

    // Seen: only what came after counts.
    await db.membership.update({
      where: { userId_organisationId: { userId: user.id, organisationId: second.id } },
      data: { notificationsSeenAt: new Date(Date.now() + 1000) },
    });
    await db.notification.create({ data: { organisationId: first.id, kind: "access-request.approved" } });
    expect(await getUnreadSummary({ userId: user.id })).toEqual({ total: 1, orgNumber: first.orgNumber });
  });

  it("reads the memberships and counts every organisation's unread notifications in two statements", async () => {
    const user = await createUser(db);
    const organisations = await Promise.all(
      [1, 2, 3].map(() => createOrganisation(db, { members: [{ userId: user.id, role: "EDITOR" }] })),
    );
    await db.notification.create({ data: { organisationId: organisations[2]!.id, kind: "access-request.submitted" } });
    await getUnreadSummary({ userId: user.id }); // the pool's connections open outside the count
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      expect(await getUnreadSummary({ userId: user.id })).toEqual({ total: 1, orgNumber: organisations[2]!.orgNumber });
      expect(sent).toHaveBeenCalledTimes(2);
    } finally {
      sent.mockRestore();
    }
  });
});
