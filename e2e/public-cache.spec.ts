import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page, Response } from "@playwright/test";
import { seedResource } from "../lib/catalog/catalog-test-fixtures";
import { localized } from "../lib/consent-resources/test-fixtures";
import { uniqueSuffix } from "../test/factories";
import { E2E_SECOND_PORTAL_URL } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { draftWithOwnScope } from "./support/owner-resources";

// Issue 17.1: a visitor who is not signed in gets the landing page, the catalog and its entries from Next.js' cache
// (proxy.ts rewrites them to app/(public)/public/[locale]), in their language, and sees a publication within seconds.

const SKD = "974761076";
const LANGUAGES = [
  // Chosen in the portal (the cookie app/api/locale sets) or by the browser (Accept-Language).
  { locale: "nb", browser: "nb-NO", cookie: false },
  { locale: "nn", browser: "en-GB", cookie: true },
  { locale: "en", browser: "en-GB", cookie: false },
] as const;

const messagesOf = (locale: string): { landing: { title: string }; layout: { signIn: string } } =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));

/**
 * The page from the cache: asked twice, the second answer is Next.js' cached copy, with the nonce-free CSP. Other
 * tests publish at the same time, and each publication is a new cache key: when the catalog moved between the two
 * requests, the second is rightly rendered anew, so the pair is asked again.
 */
async function expectCached(page: Page, path: string) {
  let response: Response | undefined;
  await expect(async () => {
    await page.goto(path);
    response = (await page.reload()) as Response;
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-nextjs-cache"], path).toBe("HIT");
  }).toPass({ timeout: 20_000 });
  if (!response) throw new Error(`no response for ${path}`);
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).not.toContain("nonce-");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers()["cache-control"]).toBe("private, no-cache");
}

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${page.url()}: ${violation.id}`)).toEqual([]);
}

test("a visitor gets the landing page, the catalog and an entry from the cache, in each language", async ({
  browser,
  db,
  serviceOwner,
}) => {
  test.setTimeout(180_000); // three languages, three pages each, every one checked with axe
  const owner = await serviceOwner("ADMIN", "Cora Cache");
  const identifier = `skd-e2e-cache-${uniqueSuffix()}`;
  await seedResource(db, {
    organisationId: owner.organisation.id,
    identifier,
    versions: [{ title: `Hurtigbuffer ${identifier}`, keyword: identifier }],
    published: { TEST: { version: 1 } },
  });
  for (const { locale, browser: browserLocale, cookie } of LANGUAGES) {
    const context = await browser.newContext({ locale: browserLocale });
    if (cookie)
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
    const visitor = await context.newPage();
    const refused: string[] = [];
    visitor.on("console", (message) => {
      if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });

    await expectCached(visitor, "/");
    await expect(visitor.locator("html")).toHaveAttribute("lang", locale);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(messagesOf(locale).landing.title);
    await expect(visitor.getByRole("link", { name: messagesOf(locale).layout.signIn, exact: true })).toBeVisible();
    await expectAxeClean(visitor);

    await expectCached(visitor, "/catalog");
    const entryLink = visitor.getByRole("link", { name: `Hurtigbuffer ${identifier} (${locale})` });
    await expect(entryLink).toBeVisible();
    await expectAxeClean(visitor);
    // The page's scripts run under the nonce-free policy: the router follows the link without a full load.
    await entryLink.click();
    await expect(visitor).toHaveURL(`/catalog/${identifier}`);
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(`Hurtigbuffer ${identifier} (${locale})`);

    await expectCached(visitor, `/catalog/${identifier}`);
    await expect(visitor.locator("html")).toHaveAttribute("lang", locale);
    await expectAxeClean(visitor);
    expect(refused).toEqual([]);
    await context.close();
  }
});

test("a signed-in person still gets the portal's own catalog, with their name in the header", async ({
  page,
  serviceOwner,
}) => {
  await serviceOwner("EDITOR", "Sina Signert");
  const response = (await page.goto("/catalog")) as Response;
  await expect(page.getByTestId("signed-in-user")).toHaveText("Sina Signert");
  expect(response.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(response.headers()["content-security-policy"]).toContain("'strict-dynamic'");
});

test("a publication shows on a visitor's cached catalog within seconds, on every replica", async ({
  page,
  browser,
  db,
  serviceOwner,
}) => {
  const owner = await serviceOwner("ADMIN", "Pia Publiserer");
  // A title of its own, sorted before the letters so it shows on the catalog's first page.
  const title = `0 Hurtig ${uniqueSuffix()}`;
  const { identifier, definition } = await draftWithOwnScope(db, owner, "cache", { title: localized(title) });
  const visitorContext = await browser.newContext({ locale: "en-GB" });
  const visitor = await visitorContext.newPage();
  await expectCached(visitor, "/catalog");
  await expect(visitor.getByRole("link", { name: definition.title.en })).toHaveCount(0);
  expect((await visitor.goto(`/catalog/${identifier}`))?.status()).toBe(404);

  await page.goto(`/orgs/${SKD}/resources/${identifier}/publishing`);
  const inTest = page.getByTestId("environment-TEST");
  await inTest.getByRole("button", { name: "Publish to Test" }).click();
  await expect(inTest.getByRole("status")).toHaveText("Version 1 is on its way to Test.");

  const started = Date.now();
  for (const base of ["", E2E_SECOND_PORTAL_URL]) {
    await expect(async () => {
      expect((await visitor.goto(`${base}/catalog/${identifier}`))?.status()).toBe(200);
    }).toPass({ timeout: 5_000 });
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(definition.title.en);
    await visitor.goto(`${base}/catalog`);
    await expect(visitor.getByRole("link", { name: definition.title.en })).toBeVisible();
  }
  expect(Date.now() - started).toBeLessThan(10_000);
  await expectCached(visitor, `/catalog/${identifier}`);

  // The static pages have no address of their own.
  for (const path of ["/public/en", `/public/en/1/entry/${identifier}`]) {
    expect((await visitor.request.get(path)).status(), path).toBe(404);
  }
  await visitorContext.close();
});
