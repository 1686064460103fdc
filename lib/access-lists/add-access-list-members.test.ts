import { afterAll, beforeAll, expect, it } from "vitest";
import { createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { addAccessListMembers, removeAccessListMembers } from "./add-access-list-members";
import { syntheticOrgNumbers } from "./synthetic-org-numbers";

// Member changes write the portal's rows in one statement and queue one change per 100 numbers; these check what they
// answer (what was really added or removed, in the order given) and that two imports at once send a number once.

const db = testDb();
let organisationId: string;
const numbers = syntheticOrgNumbers(450, 81_000_000);

beforeAll(async () => {
  const organisation = await createOrganisation(db);
  await db.organisation.update({ where: { id: organisation.id }, data: { orgCode: `m${uniqueSuffix()}` } });
  organisationId = organisation.id;
});
afterAll(() => db.$disconnect());

const newList = () =>
  db.accessList.create({
    data: { organisationId, environment: "TEST", identifier: `members-${uniqueSuffix()}`, name: "Members" },
    select: { id: true },
  });

/** The numbers each queued batch carries, in queue order. */
const queuedBatches = async (changeIds: string[]) =>
  (await db.upstreamChange.findMany({ where: { id: { in: changeIds } }, orderBy: { sequence: "asc" } })).map(
    (change) => (change.payload as { orgNumbers: string[] }).orgNumbers,
  );

it("answers and queues only the numbers it added or removed, in the order given, at most 100 a batch", async () => {
  const { id: accessListId } = await newList();
  const given = [...numbers.slice(0, 250)].reverse();
  await db.$transaction((tx) =>
    addAccessListMembers({ tx, organisationId, accessListId, orgNumbers: numbers.slice(100, 110) }),
  );

  const { added, changeIds } = await db.$transaction((tx) =>
    addAccessListMembers({ tx, organisationId, accessListId, orgNumbers: given }),
  );

  const expected = given.filter((orgNumber) => !numbers.slice(100, 110).includes(orgNumber));
  expect(added).toEqual(expected);
  const batches = await queuedBatches(changeIds);
  expect(batches.map((batch) => batch.length)).toEqual([100, 100, 40]);
  expect(batches.flat()).toEqual(expected);

  const toRemove = [numbers[449]!, numbers[0]!, numbers[105]!];
  const { removed } = await db.$transaction((tx) =>
    removeAccessListMembers({ tx, organisationId, accessListId, orgNumbers: toRemove }),
  );
  expect(removed).toEqual([numbers[0], numbers[105]]); // the last was never a member
  expect(await db.accessListMember.count({ where: { accessListId } })).toBe(248);
});

it("sends a number once when two imports add it at the same time", async () => {
  const { id: accessListId } = await newList();
  const first = numbers.slice(0, 300);
  const second = numbers.slice(150, 450);
  let releaseFirst!: () => void;
  const firstInserted = new Promise<void>((resolve) => (releaseFirst = resolve));
  // The first import holds its transaction open after inserting; the second runs meanwhile and must wait for it.
  const importing = db.$transaction(
    async (tx) => {
      const result = await addAccessListMembers({ tx, organisationId, accessListId, orgNumbers: first });
      releaseFirst();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return result;
    },
    { timeout: 20_000 },
  );
  await firstInserted;
  const [one, two] = await Promise.all([
    importing,
    db.$transaction((tx) => addAccessListMembers({ tx, organisationId, accessListId, orgNumbers: second }), {
      timeout: 20_000,
    }),
  ]);

  expect(one.added).toEqual(first);
  expect(two.added).toEqual(numbers.slice(300, 450));
  const sent = [...(await queuedBatches(one.changeIds)), ...(await queuedBatches(two.changeIds))].flat();
  expect(sent.sort()).toEqual([...numbers].sort());
});
