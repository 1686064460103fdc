import { afterAll, describe, expect, it } from "vitest";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { cachedCatalogPage } from "./cached-catalog";
import { catalogRevision } from "./catalog-revision";
import { seedResource } from "./catalog-test-fixtures";
import { searchCatalog } from "./search-catalog";

const db = testDb();
afterAll(() => db.$disconnect());

const ids = async (query: string, locale: "nb" | "nn" | "en" = "nb") =>
  (await searchCatalog({ query, locale })).entries.map((entry) => entry.identifier);

describe("the catalog search in PostgreSQL", () => {
  it("stems Norwegian words and finds a word inside a compound", async () => {
    const s = uniqueSuffix();
    const owner = await createOrganisation(db, { name: `Skatteetaten ${s}` });
    const identifier = `nor-${s}`;
    await seedResource(db, {
      organisationId: owner.id,
      identifier,
      versions: [
        { title: `Skattemeldingen ${s}`, keyword: "næringsdrivende", description: `Arbeidsgiveravgiften ${s}` },
      ],
      published: { TEST: { version: 1 } },
    });
    // Another inflection than the one written (stemmed by the Norwegian configuration), upper case, a prefix, a part
    // of a compound, and the owner's name.
    expect(await ids(`skattemeldinger ${s}`)).toEqual([identifier]);
    expect(await ids(`NÆRINGSDRIVENDES ${s}`)).toEqual([identifier]);
    expect(await ids(`skattemeld ${s}`)).toEqual([identifier]);
    expect(await ids(`avgift ${s}`)).toEqual([identifier]);
    expect(await ids(`skatteetaten ${s}`, "en")).toEqual([identifier]);
    expect(await ids(`momsmeldinger ${s}`)).toEqual([]);
  });

  it("pages 20 at a time in Norwegian title order, and counts every match", async () => {
    const s = uniqueSuffix();
    const owner = await createOrganisation(db);
    const letters = ["Å", "B", "Z", "Æ", "Ø", "A"];
    for (const [index, letter] of Array.from({ length: 25 }, (_, i) => letters[i % letters.length]!).entries()) {
      await seedResource(db, {
        organisationId: owner.id,
        identifier: `page-${index}-${s}`,
        versions: [{ title: `${letter}${String(index).padStart(2, "0")} ${s}`, keyword: `pg${s}` }],
        published: { TEST: { version: 1 } },
      });
    }
    const first = await searchCatalog({ query: `pg${s}`, locale: "nb" });
    const second = await searchCatalog({ query: `pg${s}`, locale: "nb", page: 2 });
    expect([first.total, first.pageCount, first.entries.length, second.entries.length]).toEqual([25, 2, 20, 5]);
    const titles = [...first.entries, ...second.entries].map((entry) => entry.definition.title.nb[0]);
    expect(titles.join("")).toBe("AAAABBBBZZZZÆÆÆÆØØØØÅÅÅÅÅ");
    expect(new Set([...first.entries, ...second.entries].map((entry) => entry.identifier)).size).toBe(25);
    const beyond = await searchCatalog({ query: `pg${s}`, locale: "nb", page: 9 });
    expect([beyond.page, beyond.entries.length, beyond.total]).toEqual([2, 5, 25]);
    expect((await searchCatalog({ query: `pg${s}`, locale: "nb", page: -3 })).page).toBe(1);
  });

  it("drops a resource when it is withdrawn or deleted, and shows test's version once production is withdrawn", async () => {
    const s = uniqueSuffix();
    const owner = await createOrganisation(db);
    const resource = await seedResource(db, {
      organisationId: owner.id,
      identifier: `gone-${s}`,
      versions: [
        { title: `Prod ${s}`, keyword: `wd${s}` },
        { title: `Test ${s}`, keyword: `wd${s}` },
      ],
      published: { PROD: { version: 1 }, TEST: { version: 2 } },
    });
    const shownTitle = async () => (await searchCatalog({ query: `wd${s}`, locale: "nb" })).entries[0]?.definition;
    expect((await shownTitle())?.title.nb).toBe(`Prod ${s} (nb)`);
    await db.consentResourcePublication.updateMany({
      where: { resourceId: resource.id, environment: "PROD" },
      data: { state: "WITHDRAWN" },
    });
    expect((await shownTitle())?.title.nb).toBe(`Test ${s} (nb)`);
    await db.consentResourcePublication.updateMany({
      where: { resourceId: resource.id },
      data: { state: "WITHDRAWN" },
    });
    expect(await ids(`wd${s}`)).toEqual([]);
    await db.consentResourcePublication.updateMany({
      where: { resourceId: resource.id },
      data: { state: "PUBLISHED" },
    });
    expect(await ids(`wd${s}`)).toEqual([`gone-${s}`]);
    await db.consentResource.delete({ where: { id: resource.id } });
    expect(await ids(`wd${s}`)).toEqual([]);
  });

  it("takes a visitor's text as data, never as SQL or query syntax", async () => {
    const s = uniqueSuffix();
    const owner = await createOrganisation(db);
    await seedResource(db, {
      organisationId: owner.id,
      identifier: `inj-${s}`,
      versions: [{ title: `Rabatt 100% ${s}`, keyword: `inj${s}` }],
      published: { TEST: { version: 1 } },
    });
    for (const hostile of [
      `'); DROP TABLE "CatalogEntry"; --`,
      `x' OR '1'='1`,
      `inj${s}' OR 1=1 --`,
      `!(inj${s}) | x:* <-> '`,
      `\\ _ %`,
    ]) {
      expect(await ids(hostile)).toEqual([]);
    }
    expect(await ids(`100% inj${s}`)).toEqual([`inj-${s}`]);
    expect(await ids(`1_0 inj${s}`)).toEqual([]);
    expect(await db.$queryRaw`SELECT count(*) FROM "CatalogEntry"`).toBeTruthy();
  });

  it("moves the revision on with each change the catalog shows, so cached pages are read anew", async () => {
    const s = uniqueSuffix();
    const owner = await createOrganisation(db, { name: `Gammelt navn ${s}` });
    const resource = await seedResource(db, {
      organisationId: owner.id,
      identifier: `rev-${s}`,
      versions: [{ title: `Revisjon ${s}`, keyword: `rev${s}` }],
      published: { TEST: { version: 1 } },
    });
    const before = BigInt(await catalogRevision());
    expect((await cachedCatalogPage({ query: `nytt navn ${s}`, locale: "nb", page: 1 })).total).toBe(0);
    await db.organisation.update({ where: { id: owner.id }, data: { name: `Nytt navn ${s}` } });
    const renamed = BigInt(await catalogRevision());
    expect(renamed > before).toBe(true);
    expect((await cachedCatalogPage({ query: `nytt navn ${s}`, locale: "nb", page: 1 })).total).toBe(1);
    expect(await ids(`gammelt ${s}`)).toEqual([]);
    await db.resourceDocumentation.create({ data: { resourceId: resource.id, steps: "Steg" } });
    expect(BigInt(await catalogRevision()) > renamed).toBe(true);
  });

  it("returns at most a page of entries with 500 resources published", async () => {
    const s = uniqueSuffix();
    const owner = await createOrganisation(db);
    const resources = Array.from({ length: 500 }, (_, index) => ({
      organisationId: owner.id,
      identifier: `bulk-${index}-${s}`,
    }));
    await db.consentResource.createMany({ data: resources });
    const created = await db.consentResource.findMany({
      where: { organisationId: owner.id },
      select: { id: true, identifier: true },
    });
    const versions = await db.consentResourceVersion.createManyAndReturn({
      data: created.map((resource) => ({
        resourceId: resource.id,
        version: 1,
        content: {
          ...validDefinition,
          identifier: resource.identifier,
          keywords: [{ word: `bulk${s}`, language: "nb" }],
        },
      })),
      select: { id: true, resourceId: true },
    });
    await db.consentResourcePublication.createMany({
      data: versions.map((version) => ({ resourceId: version.resourceId, versionId: version.id, environment: "TEST" })),
    });
    const page = await searchCatalog({ query: `bulk${s}`, locale: "en" });
    expect([page.total, page.pageCount, page.entries.length]).toEqual([500, 25, 20]);
    expect(JSON.stringify(page).length).toBeLessThan(60_000);
    const all = await searchCatalog({ query: "", locale: "en" });
    expect(all.entries.length).toBe(20);
    expect(all.total).toBeGreaterThanOrEqual(500);
  });
});
