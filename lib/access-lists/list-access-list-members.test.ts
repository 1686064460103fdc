import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidOrganisationNumber } from "@/lib/platform/validation/organisation-number";
import { createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { addAccessListMembers } from "./add-access-list-members";
import { listAccessListMembers } from "./list-access-list-members";
import { syntheticOrgNumbers } from "./synthetic-org-numbers";

// Paging and search on a real database, with members added through the domain function the actions use.

const db = testDb();
const numbers = syntheticOrgNumbers(250);
let accessListId: string;
let organisationId: string;

beforeAll(async () => {
  const suffix = uniqueSuffix();
  const organisation = await createOrganisation(db, {});
  organisationId = organisation.id;
  await db.organisation.update({ where: { id: organisation.id }, data: { orgCode: `t${suffix}` } });
  const list = await db.accessList.create({
    data: { organisationId, environment: "TEST", identifier: `paging-${suffix}`, name: "Paging" },
  });
  accessListId = list.id;
  const result = await db.$transaction((tx) =>
    addAccessListMembers({ tx, organisationId, accessListId, orgNumbers: [...numbers].reverse() }),
  );
  expect(result.added).toHaveLength(250);
  expect(result.changeIds).toHaveLength(3); // 100 + 100 + 50
});

afterAll(() => db.$disconnect());

describe("listAccessListMembers", () => {
  it("generates valid numbers", () => expect(numbers.every(isValidOrganisationNumber)).toBe(true));

  it("pages in number order with a keyset cursor and the total", async () => {
    const first = await listAccessListMembers({ db, accessListId, pageSize: 100 });
    expect(first.total).toBe(250);
    expect(first.members.map((m) => m.orgNumber)).toEqual(numbers.slice(0, 100));
    const second = await listAccessListMembers({ db, accessListId, pageSize: 100, after: first.nextAfter! });
    expect(second.members[0]!.orgNumber).toBe(numbers[100]);
    const last = await listAccessListMembers({ db, accessListId, pageSize: 100, after: second.nextAfter! });
    expect(last.members).toHaveLength(50);
    expect(last.nextAfter).toBeNull();
  });

  it("searches by number prefix", async () => {
    const prefix = numbers[0]!.slice(0, 7);
    const page = await listAccessListMembers({ db, accessListId, query: prefix });
    expect(page.total).toBe(numbers.filter((n) => n.startsWith(prefix)).length);
    expect(page.members.every((m) => m.orgNumber.startsWith(prefix))).toBe(true);
  });

  it("searches by the name of an organisation the portal knows", async () => {
    const name = `Kjent Bank ${uniqueSuffix()}`;
    await db.organisation.create({ data: { orgNumber: numbers[7]!, name } });
    const page = await listAccessListMembers({ db, accessListId, query: name.toLowerCase() });
    expect(page.members.map((m) => m.orgNumber)).toEqual([numbers[7]]);
  });

  it("adds only new members and queues nothing for numbers already present", async () => {
    const result = await db.$transaction((tx) =>
      addAccessListMembers({ tx, organisationId, accessListId, orgNumbers: numbers.slice(0, 5) }),
    );
    expect(result).toEqual({ added: [], changeIds: [] });
  });
});
