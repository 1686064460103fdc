import { afterAll, describe, expect, it } from "vitest";
import { createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { seedResource } from "./catalog-test-fixtures";
import { getCatalogEntry } from "./get-catalog-entry";
import { searchCatalog } from "./search-catalog";

const db = testDb();
afterAll(() => db.$disconnect());

describe("the catalog search", () => {
  it("finds published resources by title, keyword, description, owner and identifier, and never drafts", async () => {
    const s = uniqueSuffix();
    const owner = await createOrganisation(db, { name: `Katalogetaten ${s}` });
    await seedResource(db, {
      organisationId: owner.id,
      identifier: `kat-published-${s}`,
      versions: [{ title: `Lønnsdata ${s}`, keyword: `kw${s}` }],
      published: { TEST: { version: 1 } },
    });
    await seedResource(db, {
      organisationId: owner.id,
      identifier: `kat-draft-${s}`,
      versions: [{ title: `Lønnsdata ${s} utkast`, keyword: `kw${s}` }],
    });
    await seedResource(db, {
      organisationId: owner.id,
      identifier: `kat-withdrawn-${s}`,
      versions: [{ title: `Lønnsdata ${s} trukket`, keyword: `kw${s}` }],
      published: { TEST: { version: 1, state: "WITHDRAWN" } },
    });

    const ids = async (query: string) =>
      (await searchCatalog({ query, locale: "en" })).entries.map((e) => e.identifier);
    expect(await ids(`kw${s}`)).toEqual([`kat-published-${s}`]);
    expect(await ids(`KW${s.toUpperCase()}`)).toEqual([`kat-published-${s}`]);
    expect(await ids(`lønnsdata ${s}`)).toEqual([`kat-published-${s}`]);
    expect(await ids(`Katalogetaten ${s}`)).toEqual([`kat-published-${s}`]);
    expect(await ids(`kat-published-${s}`)).toEqual([`kat-published-${s}`]);
    // The fixture's description, in any language, together with this test's keyword: every word must match.
    expect(await ids(`a-meldingen kw${s}`)).toEqual([`kat-published-${s}`]);
    expect(await ids(`kw${s} zzqxnonsense`)).toEqual([]);
    expect(await ids(`utkast ${s}`)).toEqual([]);
    expect(await getCatalogEntry({ identifier: `kat-draft-${s}` })).toBeNull();
    expect(await getCatalogEntry({ identifier: `kat-withdrawn-${s}` })).toBeNull();
  });

  it("shows and searches production's version when test has a newer one, and says so", async () => {
    const s = uniqueSuffix();
    const owner = await createOrganisation(db);
    await seedResource(db, {
      organisationId: owner.id,
      identifier: `kat-both-${s}`,
      versions: [
        { title: `Gammel ${s}`, keyword: `prod${s}` },
        { title: `Ny ${s}`, keyword: `test${s}` },
      ],
      published: { PROD: { version: 1 }, TEST: { version: 2 } },
    });

    const {
      entries: [entry],
    } = await searchCatalog({ query: `prod${s}`, locale: "nb" });
    expect(entry).toMatchObject({
      identifier: `kat-both-${s}`,
      version: 1,
      shownEnvironment: "PROD",
      newerInTest: 2,
      environments: [
        { environment: "PROD", version: 1 },
        { environment: "TEST", version: 2 },
      ],
    });
    expect(entry?.definition.title.nb).toBe(`Gammel ${s} (nb)`);
    // The unpublished-in-prod text of test's newer version is not what the catalog searches.
    expect((await searchCatalog({ query: `test${s}`, locale: "nb" })).entries).toEqual([]);
  });

  it("lists everything published when the query is empty, sorted by title in the UI language", async () => {
    const s = uniqueSuffix();
    const owner = await createOrganisation(db);
    for (const title of ["Beta", "Alfa"]) {
      await seedResource(db, {
        organisationId: owner.id,
        identifier: `kat-${title.toLowerCase()}-${s}`,
        versions: [{ title: `${title} ${s}`, keyword: "x" }],
        published: { TEST: { version: 1 } },
      });
    }
    // Every page in turn: the catalog is paged, and other tests publish too.
    const all: string[] = [];
    for (let page = 1, pageCount = 1; page <= pageCount; page += 1) {
      const result = await searchCatalog({ query: "  ", locale: "en", page });
      pageCount = result.pageCount;
      all.push(...result.entries.map((e) => e.identifier));
    }
    const mine = all.filter((id) => id.endsWith(s));
    expect(mine).toEqual([`kat-alfa-${s}`, `kat-beta-${s}`]);
  });
});
