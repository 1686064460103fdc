import type { Page } from "@playwright/test";
import { uniqueSuffix } from "../test/factories";
import { consentApiReady } from "./support/consumer-setup";
import { expect, test } from "./support/fixtures";
import { draftWithOwnScope } from "./support/owner-resources";
import { publishTestService } from "./support/published-service";
import { scopeRow, seedScope, SKD } from "./support/scopes";

// At 375 px (a small phone) the pages of the owner's and the consumer's journeys fit without horizontal page
// scrolling: tables scroll inside themselves, and their actions stay reachable.

test.use({ viewport: { width: 375, height: 800 } });

/** The page does not scroll sideways; on failure, the elements that stick out are named. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    // Elements reaching past the page's right edge, unless a box that scrolls or clips them holds them.
    const wide = [...document.querySelectorAll("body *")].filter((element) => {
      if (element.getBoundingClientRect().right <= root.clientWidth + 1) return false;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (["auto", "scroll", "hidden"].includes(getComputedStyle(parent).overflowX)) return false;
      }
      return true;
    });
    // Named by the innermost ones: what is too wide, not every box around it.
    const innermost = wide
      .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${String(element.className).slice(0, 60)}`);
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide: innermost };
  });
  expect(overflow.wide).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
}

test("the resource editor fits a phone", async ({ page, db, serviceOwner }) => {
  const owner = await serviceOwner("ADMIN", "Paula Phone");
  const { identifier } = await draftWithOwnScope(db, owner, "phone");
  await page.goto(`/orgs/${SKD}/resources/${identifier}`);
  await expect(page.getByLabel("Title (English)", { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.goto(`/orgs/${SKD}/resources/new`);
  await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("the integration kit fits a phone", async ({ page, db, member }) => {
  const { identifier } = await publishTestService(db, uniqueSuffix());
  const { organisation } = await member("EDITOR");
  await consentApiReady(organisation.orgNumber);
  await page.goto(`/orgs/${organisation.orgNumber}/integration?resource=${identifier}`);
  await expect(page.getByRole("button", { name: "Try it in test" })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("the scopes table fits a phone: it scrolls inside itself and its status and actions are reachable", async ({
  page,
  db,
  serviceOwner,
}) => {
  await serviceOwner("ADMIN", "Sofie Scroll");
  const subscope = `e2e.phone${uniqueSuffix()}`;
  await seedScope(db, { environment: "TEST", subscope, status: "SYNCED" });
  await page.goto(`/orgs/${SKD}/scopes?environment=test`);
  const row = scopeRow(page, `skd:${subscope}`);
  await expectNoSidewaysScroll(page);
  await row.getByTestId("scope-sync").scrollIntoViewIfNeeded();
  await expect(row.getByTestId("scope-sync")).toBeInViewport();
  const copy = row.getByRole("button", { name: `Copy to production: skd:${subscope}` });
  await copy.scrollIntoViewIfNeeded();
  await expect(copy).toBeInViewport();
});
