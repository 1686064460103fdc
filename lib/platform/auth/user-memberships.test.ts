import { afterAll, describe, expect, it } from "vitest";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { userMemberships } from "./user-memberships";

// One statement for what the header and the organisation's pages need of a user's memberships, on a real database.

const db = testDb();
afterAll(() => db.$disconnect());

describe("userMemberships", () => {
  it("lists the active memberships by organisation name, with the organisation and when notifications were seen", async () => {
    const user = await createUser(db);
    const suffix = uniqueSuffix();
    const b = await createOrganisation(db, { name: `B ${suffix}`, members: [{ userId: user.id, role: "VIEWER" }] });
    const a = await createOrganisation(db, { name: `A ${suffix}`, members: [{ userId: user.id, role: "ADMIN" }] });
    const gone = await createOrganisation(db, { name: `C ${suffix}`, members: [{ userId: user.id, role: "ADMIN" }] });
    await db.membership.updateMany({ where: { userId: user.id, organisationId: gone.id }, data: { active: false } });
    const seenAt = new Date("2026-11-30T10:00:00.123Z");
    await db.membership.updateMany({
      where: { userId: user.id, organisationId: b.id },
      data: { notificationsSeenAt: seenAt },
    });
    const organisationOf = (id: string) =>
      db.organisation.findUniqueOrThrow({
        where: { id },
        select: { id: true, orgNumber: true, name: true, orgCode: true, scopePrefix: true },
      });

    expect(await userMemberships(user.id)).toEqual([
      { organisation: await organisationOf(a.id), role: "ADMIN", notificationsSeenAt: null },
      { organisation: await organisationOf(b.id), role: "VIEWER", notificationsSeenAt: seenAt },
    ]);
  });

  it("is empty for a user without organisations", async () => {
    expect(await userMemberships((await createUser(db)).id)).toEqual([]);
  });
});
