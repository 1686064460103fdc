import { afterAll, describe, expect, it } from "vitest";
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
});
