import { afterAll, describe, expect, it } from "vitest";
import { syntheticOrgNumbers } from "@/lib/access-lists/synthetic-org-numbers";
import { testDb } from "@/test/factories";
import { isOnAccessList } from "./list-membership";
import { linkedListFixture } from "./test-support/linked-list-fixture";

// Membership as Altinn holds it, from the portal's records: the members, less the changes still on their way.

const db = testDb();
afterAll(() => db.$disconnect());

const [memberA, memberB, outsider] = syntheticOrgNumbers(3, 81_000_000) as [string, string, string];

describe("isOnAccessList", () => {
  it("follows the members, and the changes Altinn has not applied yet", async () => {
    const { list, owner, addMembers } = await linkedListFixture(db);
    await addMembers([memberA, memberB]);
    const on = (orgNumber: string) => isOnAccessList({ db, list, orgNumber });
    const change = (kind: "add" | "remove", orgNumbers: string[], status: "PENDING" | "FAILED" | "SYNCED") =>
      db.upstreamChange.create({
        data: {
          organisationId: owner.id,
          environment: "TEST",
          kind: `registry.access-list.members.${kind}`,
          targetType: "access-list",
          targetId: `test:${list.identifier}`,
          payload: { listIdentifier: list.identifier, orgNumbers },
          status,
        },
      });

    await change("add", [memberA, memberB], "SYNCED");
    expect([await on(memberA), await on(memberB), await on(outsider)]).toEqual([true, true, false]);

    // B's addition failed: Altinn does not have B; A, not in that batch, is untouched.
    const failed = await change("add", [memberB], "FAILED");
    expect(await on(memberB)).toBe(false);
    expect(await on(memberA)).toBe(true);
    await db.upstreamChange.update({ where: { id: failed.id }, data: { status: "SYNCED" } });
    expect(await on(memberB)).toBe(true);

    // A removed in the portal, the removal still queued: Altinn still has A until it runs.
    const removeA = () =>
      db.accessListMember.delete({ where: { accessListId_orgNumber: { accessListId: list.id, orgNumber: memberA } } });
    await removeA();
    const removal = await change("remove", [memberA], "PENDING");
    expect(await on(memberA)).toBe(true);
    await db.upstreamChange.update({ where: { id: removal.id }, data: { status: "SYNCED" } });
    expect(await on(memberA)).toBe(false);

    // Added again, queued: not yet in Altinn.
    await addMembers([memberA]);
    const again = await change("add", [memberA], "PENDING");
    expect(await on(memberA)).toBe(false);
    await db.upstreamChange.update({ where: { id: again.id }, data: { status: "SYNCED" } });

    // Removed and added again, both queued: Altinn has A before the oldest of them, the removal.
    await removeA();
    await change("remove", [memberA], "PENDING");
    await addMembers([memberA]);
    await change("add", [memberA], "PENDING");
    expect(await on(memberA)).toBe(true);
  });
});
