import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/test/factories";
import { randomOrganisationNumber } from "@/test/identifiers";
import { allMemberDifferences, listMemberDifferences } from "./list-member-differences";
import { ownerWithAdminAndEditor } from "./test-support/test-owner";

// The member difference of a list of 5,000 in test and its production namesake, computed by PostgreSQL.

const db = testDb();
const ids = { test: "", prod: "", testOnly: "" };
let shared: string[] = [];
let onlyTest: string[] = [];
let onlyProd: string[] = [];

function numbers(count: number, except: Set<string> = new Set()) {
  const result = new Set<string>();
  while (result.size < count) {
    const number = randomOrganisationNumber();
    if (!except.has(number)) result.add(number);
  }
  return [...result];
}

beforeAll(async () => {
  const { organisation } = await ownerWithAdminAndEditor(db);
  const all = numbers(5_012);
  shared = all.slice(0, 4_988);
  onlyTest = all.slice(4_988, 5_000).sort();
  onlyProd = all.slice(5_000).sort();
  const list = (environment: "TEST" | "PROD", identifier: string, members: string[]) =>
    db.accessList.create({
      data: {
        organisationId: organisation.id,
        environment,
        identifier,
        name: identifier,
        members: { createMany: { data: members.map((orgNumber) => ({ orgNumber })) } },
      },
      select: { id: true },
    });
  ids.test = (await list("TEST", "banker", [...shared, ...onlyTest])).id;
  ids.prod = (await list("PROD", "banker", [...shared, ...onlyProd])).id;
  ids.testOnly = (await list("TEST", "ny-liste", shared.slice(0, 30))).id;
});

afterAll(() => db.$disconnect());

describe("member differences between test and production", () => {
  it("counts the members only one side has among 5,000 and lists the first few of each, in number order", async () => {
    const differences = await listMemberDifferences({
      db,
      pairs: [
        { identifier: "banker", testId: ids.test, prodId: ids.prod },
        { identifier: "ny-liste", testId: ids.testOnly, prodId: null },
      ],
      limit: 5,
    });
    expect(differences.get("banker")).toEqual({
      onlyInTestCount: 12,
      onlyInProdCount: 12,
      onlyInTest: onlyTest.slice(0, 5),
      onlyInProd: onlyProd.slice(0, 5),
    });
    // A list missing in production: every member is a difference.
    expect(differences.get("ny-liste")).toMatchObject({ onlyInTestCount: 30, onlyInProdCount: 0, onlyInProd: [] });
    expect(differences.get("ny-liste")!.onlyInTest).toEqual([...shared.slice(0, 30)].sort().slice(0, 5));
  });

  it("reads the whole difference, and only it, for promotion", async () => {
    expect(await allMemberDifferences({ db, testId: ids.test, prodId: ids.prod })).toEqual({
      onlyInTest: onlyTest,
      onlyInProd: onlyProd,
    });
  });
});
