import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TTx } from "@/lib/platform/db/prisma";
import { createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { addAccessListMembers, removeAccessListMembers } from "./add-access-list-members";
import { copyAccessListToProd } from "./copy-access-list-to-prod";
import { getAccessListPage } from "./get-access-list-page";
import { listAccessListMembers } from "./list-access-list-members";
import { parseOrgNumberCsv } from "./parse-org-number-csv";
import { syntheticOrgNumbers } from "./synthetic-org-numbers";

// The list's kept member count (AccessList.memberCount, maintained by triggers in the member change's own
// transaction) against a real count of its rows, through the domain functions the actions run in their transaction
// (add, CSV import, remove, copy to production), a rolled-back change, and rows written directly.

const db = testDb();
let owner: { id: string; orgNumber: string; orgCode: string };
const numbers = syntheticOrgNumbers(260);

async function keptAndCounted(accessListId: string) {
  const list = await db.accessList.findUniqueOrThrow({ where: { id: accessListId }, select: { memberCount: true } });
  return { kept: list.memberCount, counted: await db.accessListMember.count({ where: { accessListId } }) };
}

async function expectCount(accessListId: string, expected: number) {
  expect(await keptAndCounted(accessListId)).toEqual({ kept: expected, counted: expected });
}

/** One member change in its own transaction, as an action runs it. */
const inTx = <T>(change: (tx: TTx, ids: { organisationId: string }) => Promise<T>) =>
  db.$transaction((tx) => change(tx, { organisationId: owner.id }));

beforeAll(async () => {
  const organisation = await createOrganisation(db);
  const orgCode = `c${uniqueSuffix()}`;
  await db.organisation.update({ where: { id: organisation.id }, data: { orgCode } });
  owner = { ...organisation, orgCode };
});
afterAll(() => db.$disconnect());

describe("the kept member count", () => {
  it("stays right through add, import, remove and copy to production", async () => {
    const list = await db.accessList.create({
      data: { organisationId: owner.id, environment: "TEST", identifier: `count-${uniqueSuffix()}`, name: "Count" },
    });
    const accessListId = list.id;
    const add = (orgNumbers: string[]) =>
      inTx((tx, ids) => addAccessListMembers({ tx, ...ids, accessListId, orgNumbers }));
    const remove = (orgNumbers: string[]) =>
      inTx((tx, ids) => removeAccessListMembers({ tx, ...ids, accessListId, orgNumbers }));
    await expectCount(accessListId, 0);

    await add([numbers[0]!]);
    await expectCount(accessListId, 1);
    await add([numbers[0]!]); // already a member: nothing changes
    await expectCount(accessListId, 1);

    // A CSV import of 250, one of them already a member, as the import action reads and adds it.
    const { orgNumbers } = parseOrgNumberCsv(numbers.slice(0, 250).join("\n"));
    expect((await add(orgNumbers)).added).toHaveLength(249);
    await expectCount(accessListId, 250);

    await remove([numbers[3]!]);
    await remove([numbers[3]!]);
    await expectCount(accessListId, 249);

    // A change that fails after adding rolls back, and the count with it.
    await expect(
      inTx(async (tx, ids) => {
        await addAccessListMembers({ tx, ...ids, accessListId, orgNumbers: [numbers[255]!] });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await expectCount(accessListId, 249);

    const copied = await inTx((tx) => copyAccessListToProd({ tx, organisation: owner, accessListId }));
    await expectCount(copied.list.id, 249);

    // The page reads the counter, and its total is the counter's.
    const page = await getAccessListPage({ organisationId: owner.id, accessListId, query: "" });
    expect(page?.list.memberCount).toBe(249);
    expect(page?.total).toBe(249);
    expect((await listAccessListMembers({ db, accessListId })).total).toBe(249);
  });

  it("counts rows written directly, a transaction that fails, and several lists in one statement", async () => {
    const lists = await Promise.all(
      ["a", "b"].map((name) =>
        db.accessList.create({
          data: { organisationId: owner.id, environment: "TEST", identifier: `raw-${name}-${uniqueSuffix()}`, name },
        }),
      ),
    );
    const [a, b] = lists as [(typeof lists)[0], (typeof lists)[0]];
    await db.accessListMember.createMany({
      data: [
        ...numbers.slice(0, 30).map((orgNumber) => ({ accessListId: a.id, orgNumber })),
        ...numbers.slice(0, 12).map((orgNumber) => ({ accessListId: b.id, orgNumber })),
      ],
    });
    await expectCount(a.id, 30);
    await expectCount(b.id, 12);

    await expect(
      db.$transaction(async (tx) => {
        await tx.accessListMember.createMany({ data: [{ accessListId: a.id, orgNumber: numbers[100]! }] });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await expectCount(a.id, 30);

    await db.accessListMember.deleteMany({ where: { orgNumber: { in: numbers.slice(0, 10) } } });
    await expectCount(a.id, 20);
    await expectCount(b.id, 2);

    // Deleting the list deletes its members by cascade; the other list's count is untouched.
    await db.accessList.delete({ where: { id: a.id } });
    await expectCount(b.id, 2);
  });
});
