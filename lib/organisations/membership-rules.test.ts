import { afterAll, describe, expect, it } from "vitest";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { AppError } from "@/lib/platform/errors/app-error";
import { changeMemberRole } from "./change-member-role";
import { removeMember } from "./remove-member";

const db = testDb();
afterAll(() => db.$disconnect());

async function twoAdmins() {
  const first = await createUser(db);
  const second = await createUser(db);
  const organisation = await createOrganisation(db, {
    members: [
      { userId: first.id, role: "ADMIN" },
      { userId: second.id, role: "ADMIN" },
    ],
  });
  const memberships = await db.membership.findMany({
    where: { organisationId: organisation.id },
    orderBy: { createdAt: "asc" },
  });
  return { organisation, memberships };
}

describe("the last administrator", () => {
  it("cannot be removed, but a second admin can", async () => {
    const { organisation, memberships } = await twoAdmins();
    await db.$transaction((tx) =>
      removeMember({ tx, organisationId: organisation.id, membershipId: memberships[0]!.id }),
    );
    const attempt = db.$transaction((tx) =>
      removeMember({ tx, organisationId: organisation.id, membershipId: memberships[1]!.id }),
    );
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", messageKey: "lastAdmin" });
  });

  it("stays when two admins demote each other at the same moment", async () => {
    const { organisation, memberships } = await twoAdmins();
    const results = await Promise.allSettled(
      memberships.map((membership) =>
        db.$transaction((tx) =>
          changeMemberRole({ tx, organisationId: organisation.id, membershipId: membership.id, role: "VIEWER" }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(AppError);
    expect(await db.membership.count({ where: { organisationId: organisation.id, role: "ADMIN" } })).toBe(1);
  });

  it("cannot be reached through a membership id of another organisation", async () => {
    const { memberships } = await twoAdmins();
    const other = await createOrganisation(db);
    const attempt = db.$transaction((tx) =>
      removeMember({ tx, organisationId: other.id, membershipId: memberships[0]!.id }),
    );
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
