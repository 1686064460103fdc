import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createOrganisation, createUser, uniqueSuffix } from "../test/factories";
import { consumerAsksForAccess } from "./support/access-request-journey";
import { consentApiReady } from "./support/consumer-setup";
import { expect, test } from "./support/fixtures";
import { draftWithOwnScope } from "./support/owner-resources";
import { publishTestService } from "./support/published-service";
import { rawEnumValuesOn } from "./support/raw-enum-values";
import { scopeRow, seedScope, SKD } from "./support/scopes";

// At 375 px (a small phone) every page of the three journeys (service owner, consumer, platform administrator) fits
// without horizontal page scrolling (tables scroll inside themselves, and their actions stay reachable), has no
// detectable accessibility violation and shows no raw enum value (e2e/support/raw-enum-values.ts).

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

/** Each page: loaded, not wider than the phone, axe-clean and without raw enum values; all failures named at once. */
async function walk(page: Page, paths: string[]) {
  for (const path of paths) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(400);
      await expect(page.locator("main h1").first()).toBeVisible();
      await page.waitForLoadState("networkidle").catch(() => undefined);
      await expect.soft(async () => expectNoSidewaysScroll(page), path).toPass({ timeout: 5_000 });
      const axe = await new AxeBuilder({ page }).analyze();
      expect.soft(axe.violations.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
      expect.soft((await rawEnumValuesOn(page)).map((hit) => `${path}: ${hit}`)).toEqual([]);
    });
  }
}

test("the service owner's journey fits a phone", async ({ page, db, loginAs, serviceOwner }) => {
  test.setTimeout(240_000);
  const asked = await consumerAsksForAccess(page, db, loginAs, "Vandrebanken", { accessList: true });
  const owner = await serviceOwner("ADMIN", "Olga Owner");
  const draft = await draftWithOwnScope(db, owner, "walk");
  const list = await db.accessList.findFirstOrThrow({ where: { identifier: asked.listIdentifier } });
  const scope = await db.maskinportenScope.findFirstOrThrow({ where: { subscope: draft.scope.split(":")[1] } });
  const org = `/orgs/${SKD}`;
  const resource = `${org}/resources/${asked.identifier}`;
  await walk(page, [
    org,
    `${org}/resources`,
    `${org}/resources/new`,
    `${org}/resources/${draft.identifier}`,
    resource,
    `${resource}/documentation`,
    `${resource}/publishing`,
    `${resource}/versions`,
    `${org}/scopes`,
    `${org}/scopes/${scope.id}`,
    `${org}/access-lists`,
    `${org}/access-lists/${list.id}`,
    `${org}/approvals`,
    `${org}/approvals/${asked.requestId}`,
    `${org}/members`,
    `${org}/audit`,
    `${org}/notifications`,
    `${org}/sync`,
    `${org}/sync/adopt`,
    `${org}/sync/drift`,
    `${org}/sync/environments`,
    `${org}/sync/definitions`,
    `${org}/sync/definitions/tokens`,
    "/access",
  ]);
});

test("the consumer's journey fits a phone", async ({ page, db, loginAs }) => {
  test.setTimeout(240_000);
  const asked = await consumerAsksForAccess(page, db, loginAs, "Mobilbanken");
  const org = `/orgs/${asked.consumer.organisation.orgNumber}`;
  await walk(page, [
    "/",
    "/catalog",
    `/catalog/${asked.identifier}`,
    org,
    `${org}/checklist`,
    `${org}/clients/test`,
    `${org}/access-requests`,
    `${org}/access-requests/new`,
    `${org}/access-requests/${asked.requestId}`,
    `${org}/integration`,
    `${org}/consents`,
    `${org}/validator`,
    `${org}/members`,
    `${org}/audit`,
    `${org}/notifications`,
    `${org}/sync`,
    "/access",
  ]);
});

test("the platform administrator's journey fits a phone", async ({ page, db, loginAs }) => {
  test.setTimeout(120_000);
  const operator = await createUser(db, { name: "Pia Plattform", isPlatformAdmin: true });
  // A request waiting and one decided, so the queue shows both kinds of row.
  const waiting = await createOrganisation(db, { name: `Købanken ${uniqueSuffix()}` });
  const refused = await createOrganisation(db, { name: `Avslagsbanken ${uniqueSuffix()}` });
  await db.consentScopeRequest.create({ data: { organisationId: waiting.id, environment: "TEST" } });
  await db.consentScopeRequest.create({
    data: {
      organisationId: refused.id,
      environment: "TEST",
      status: "REFUSED",
      reason: "Mangler avtale",
      decidedAt: new Date(),
    },
  });
  await loginAs(operator);
  await walk(page, ["/admin", "/admin/consent-scopes", "/admin/consumers", "/admin/upstream", "/access"]);
});
