import { seedResource } from "../lib/catalog/catalog-test-fixtures";
import { uniqueSuffix } from "../test/factories";
import { expect, test } from "./support/fixtures";
import { draftWithOwnScope } from "./support/owner-resources";

const SKD = "974761076";

test("a visitor searches and pages the catalog; a publication and a withdrawal show at once", async ({
  page,
  browser,
  db,
  serviceOwner,
}) => {
  // 23 published services sharing a keyword: more than one page of 20.
  const owner = await serviceOwner("ADMIN", "Kai Katalog");
  const suffix = uniqueSuffix();
  const keyword = `ks${suffix}`;
  // A draft the owner publishes below, found by the same keyword once it is published.
  const { identifier, definition } = await draftWithOwnScope(db, owner, "kat", {
    keywords: [{ word: keyword, language: "nb" }],
  });
  for (let index = 0; index < 23; index += 1) {
    await seedResource(db, {
      organisationId: owner.organisation.id,
      identifier: `skd-e2e-ks-${index}-${suffix}`,
      versions: [{ title: `Skattemeldingen ${String(index).padStart(2, "0")}`, keyword }],
      published: { TEST: { version: 1 } },
    });
  }

  const visitorContext = await browser.newContext({ locale: "en-GB" });
  const visitor = await visitorContext.newPage();
  await visitor.goto("/catalog");
  // Another inflection than the titles' ("Skattemeldingen"), found by the Norwegian full-text search.
  await visitor.getByRole("searchbox", { name: "Search consent services" }).fill(`skattemeldinger ${keyword}`);
  await visitor.getByRole("button", { name: "Search" }).click();
  await expect(visitor.getByRole("status")).toHaveText(`23 consent services match “skattemeldinger ${keyword}”.`);
  const results = visitor.getByRole("list", { name: "Consent services" });
  await expect(results.getByRole("heading", { level: 2 })).toHaveCount(20);
  const pages = visitor.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Page 1 of 2");
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(visitor).toHaveURL(/[?&]page=2/);
  await expect(visitor).toHaveURL(new RegExp(`[?&]q=skattemeldinger\\+${keyword}`));
  await expect(results.getByRole("heading", { level: 2 })).toHaveCount(3);
  await expect(results.getByRole("link", { name: "Skattemeldingen 22 (en)" })).toBeVisible();

  // The page a visitor has seen (and the portal has cached) changes with the owner's publication...
  const searchPath = `/catalog?q=${keyword}`;
  await visitor.goto(searchPath);
  await expect(visitor.getByRole("status")).toHaveText(`23 consent services match “${keyword}”.`);
  await page.goto(`/orgs/${SKD}/resources/${identifier}/publishing`);
  const inTest = page.getByTestId("environment-TEST");
  await inTest.getByRole("button", { name: "Publish to Test" }).click();
  await expect(inTest.getByRole("status")).toHaveText("Version 1 is on its way to Test.");
  await visitor.reload();
  await expect(visitor.getByRole("status")).toHaveText(`24 consent services match “${keyword}”.`);
  await expect(visitor.getByRole("link", { name: `${definition.title.en}` })).toBeVisible();
  await visitor.goto(`/catalog/${identifier}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(definition.title.en);

  // ...and with its withdrawal.
  await inTest.getByRole("button", { name: "Withdraw from Test" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(inTest.getByTestId("published-version")).toHaveText("Version 1 · Withdrawn");
  expect((await visitor.goto(`/catalog/${identifier}`))?.status()).toBe(404);
  await visitor.goto(searchPath);
  await expect(visitor.getByRole("status")).toHaveText(`23 consent services match “${keyword}”.`);
  await visitorContext.close();
});

test("the search works without JavaScript, and a catalog page is small however much is published", async ({
  browser,
  db,
}) => {
  const skd = await db.organisation.findUniqueOrThrow({ where: { orgNumber: SKD } });
  const keyword = `nojs${uniqueSuffix()}`;
  await seedResource(db, {
    organisationId: skd.id,
    identifier: `skd-e2e-nojs-${keyword}`,
    versions: [{ title: `Uten skript ${keyword}`, keyword }],
    published: { TEST: { version: 1 } },
  });
  const context = await browser.newContext({ locale: "en-GB", javaScriptEnabled: false });
  const visitor = await context.newPage();
  await visitor.goto("/catalog");
  await visitor.getByRole("searchbox", { name: "Search consent services" }).fill(keyword);
  await visitor.getByRole("button", { name: "Search" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/catalog\\?q=${keyword}$`));
  await expect(visitor.getByRole("status")).toHaveText(`1 consent service matches “${keyword}”.`);
  await expect(visitor.getByRole("link", { name: `Uten skript ${keyword} (en)` })).toBeVisible();

  // At most 20 entries on a page, whatever the database holds (other specs publish too).
  const response = await visitor.request.get("/catalog");
  const html = await response.text();
  // Each entry links to its page once (an HTML attribute; the RSC payload escapes its quotes).
  expect(html.match(/href="\/catalog\/[^"]+"/g)?.length ?? 0).toBeLessThanOrEqual(20);
  expect(html.length).toBeLessThan(150_000);
  await context.close();
});
