import { afterAll, describe, expect, it } from "vitest";
import { createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { getAccessListPage } from "./get-access-list-page";

// The list page's data on a real database: scoped by organisation, and whether production has the same list.

const db = testDb();
afterAll(() => db.$disconnect());

describe("getAccessListPage", () => {
  it("reads the organisation's own list, and nothing of another organisation's", async () => {
    const owner = await createOrganisation(db);
    const other = await createOrganisation(db);
    const identifier = `page-${uniqueSuffix()}`;
    const list = await db.accessList.create({
      data: { organisationId: owner.id, environment: "TEST", identifier, name: "Banker" },
    });

    expect(await getAccessListPage({ organisationId: other.id, accessListId: list.id, query: "" })).toBeNull();

    const page = await getAccessListPage({ organisationId: owner.id, accessListId: list.id, query: "" });
    expect(page).toMatchObject({
      list: { id: list.id, identifier, name: "Banker", environment: "test", memberCount: 0 },
      members: [],
      total: 0,
      nextAfter: null,
      inProd: false,
      links: { linked: [], available: [] },
    });
    expect(page?.sync).toMatchObject({ pending: 0, done: 0, failed: [], latest: null });

    await db.accessList.create({ data: { organisationId: owner.id, environment: "PROD", identifier, name: "Banker" } });
    expect((await getAccessListPage({ organisationId: owner.id, accessListId: list.id, query: "" }))?.inProd).toBe(
      true,
    );
  });
});
