import { createOrganisation, createUser, uniqueSuffix } from "../test/factories";
import { consumerAsksForAccess } from "./support/access-request-journey";
import { consentApiReady, openRequestBuilder } from "./support/consumer-setup";
import { expect, test } from "./support/fixtures";
import { ownerPages } from "./support/owner-pages";
import { draftWithOwnScope, openResourceEditor } from "./support/owner-resources";
import { publishTestService } from "./support/published-service";
import { expectNoSidewaysScroll, walk } from "./support/page-walk";
import { scopeRow, seedScope, SKD } from "./support/scopes";

// At 375 px (a small phone) every page of the three journeys (service owner, consumer, platform administrator) fits
// without horizontal page scrolling (tables scroll inside themselves, and their actions stay reachable), has no
// detectable accessibility violation, and shows no raw enum value and no missing message (e2e/support/page-walk.ts);
// the consumer's journey is walked in English and again in bokmål, a visitor's pages in all three languages.

test.use({ viewport: { width: 375, height: 800 } });

test("the resource editor fits a phone", async ({ page, db, serviceOwner }) => {
  const owner = await serviceOwner("ADMIN", "Paula Phone");
  const { identifier } = await draftWithOwnScope(db, owner, "phone");
  await page.goto(`/orgs/${SKD}/resources/${identifier}`);
  await openResourceEditor(page);
  await expect(page.getByLabel("Title (English)", { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.goto(`/orgs/${SKD}/resources/new`);
  await openResourceEditor(page, "Start the definition");
  await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test("the integration kit fits a phone", async ({ page, db, member }) => {
  const { identifier } = await publishTestService(db, uniqueSuffix());
  const { organisation } = await member("EDITOR");
  await consentApiReady(organisation.orgNumber);
  await page.goto(`/orgs/${organisation.orgNumber}/integration?resource=${identifier}`);
  await openRequestBuilder(page);
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

test("the service owner's journey fits a phone", async ({ page, db, loginAs, serviceOwner }) => {
  test.setTimeout(240_000);
  const asked = await consumerAsksForAccess(page, db, loginAs, "Vandrebanken", { accessList: true });
  const owner = await serviceOwner("ADMIN", "Olga Owner");
  const draft = await draftWithOwnScope(db, owner, "walk");
  const list = await db.accessList.findFirstOrThrow({ where: { identifier: asked.listIdentifier } });
  const scope = await db.maskinportenScope.findFirstOrThrow({ where: { subscope: draft.scope.split(":")[1] } });
  await walk(
    page,
    ownerPages({
      resource: asked.identifier,
      draft: draft.identifier,
      scopeId: scope.id,
      accessListId: list.id,
      accessRequestId: asked.requestId,
    }),
  );
});

test("the consumer's journey fits a phone, in English and in bokmål", async ({ page, context, db, loginAs }) => {
  test.setTimeout(360_000);
  const asked = await consumerAsksForAccess(page, db, loginAs, "Mobilbanken");
  const organisationId = asked.consumer.organisation.id;
  // A consent the monitor follows, with what Altinn's events feed said of it.
  const requestId = crypto.randomUUID();
  const consent = await db.trackedConsent.create({
    data: { organisationId, environment: "TEST", requestId, source: "kit", resourceIdentifier: asked.identifier },
  });
  await db.consentEvent.createMany({
    data: ["Created", "Accepted"].map((eventType, minute) => ({
      organisationId,
      environment: "TEST" as const,
      requestId,
      eventType,
      changedDate: new Date(Date.now() - (2 - minute) * 60_000),
      eventKey: `${requestId}:${eventType}`,
    })),
  });
  const organisationPages = [
    "",
    "/checklist",
    "/clients/test",
    "/access-requests",
    "/access-requests/new",
    `/access-requests/${asked.requestId}`,
    "/integration",
    "/integration/redirect",
    "/consents",
    `/consents/${consent.id}`,
    "/validator",
    "/members",
    "/suppliers",
    "/audit",
    "/notifications",
    "/sync",
  ].map((path) => `/orgs/${asked.consumer.organisation.orgNumber}${path}`);
  const paths = ["/", "/catalog", `/catalog/${asked.identifier}`, ...organisationPages, "/access"];
  await walk(page, paths, "en");
  // The language as the switch in the header stores it (app/api/locale).
  await context.addCookies([{ name: "NEXT_LOCALE", value: "nb", url: test.info().project.use.baseURL! }]);
  await walk(page, paths, "nb");
});

test("a visitor's pages fit a phone in every language, served from the cache", async ({ browser, db }) => {
  test.setTimeout(180_000);
  const { identifier } = await publishTestService(db, uniqueSuffix());
  for (const language of ["en", "nb", "nn"] as const) {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: "en-GB" });
    await context.addCookies([{ name: "NEXT_LOCALE", value: language, url: test.info().project.use.baseURL! }]);
    await walk(await context.newPage(), ["/", "/catalog", `/catalog/${identifier}`, "/signin"], language);
    await context.close();
  }
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
