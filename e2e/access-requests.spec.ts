import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { PgBoss } from "pg-boss";
import type { PrismaClient } from "../lib/platform/db/create-prisma-client";
import { localized, validDefinition } from "../lib/consent-resources/test-fixtures";
import { createOrganisation, createUser, serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { addFaultRules, emulatorState } from "./support/emulator";
import { e2eDatabaseUrl } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";

// The queue the worker listens on (lib/platform/jobs/boss.ts, which is server-only and cannot be imported here).
const UPSTREAM_QUEUE = "upstream-change";
const SKD = "974761076";

type TAccess = { scope: string; state: string; consumer_orgno: string };
const scopeAccess = async (scope: string, consumerOrg: string) =>
  ((await emulatorState()).maskinporten.test as unknown as { scopeAccess: TAccess[] }).scopeAccess.filter(
    (access) => access.scope === scope && access.consumer_orgno === consumerOrg,
  );

type TList = { owner: string; identifier: string; members: string[] };
const registryMembers = async (identifier: string) =>
  ((await emulatorState()) as unknown as { "resourceRegistry.accessLists": Record<"test", TList[]> })[
    "resourceRegistry.accessLists"
  ].test.find((list) => list.owner === "skd" && list.identifier === identifier)?.members;

async function sendJob(changeId: string) {
  const boss = new PgBoss({ connectionString: e2eDatabaseUrl(), supervise: false, schedule: false });
  await boss.start();
  await boss.send(UPSTREAM_QUEUE, { changeId });
  await boss.stop({ graceful: false });
}

async function runChange(
  db: PrismaClient,
  data: { organisationId: string; kind: string; targetType: string; targetId: string; payload: object },
) {
  const change = await db.upstreamChange.create({ data: { environment: "TEST", ...data } });
  await sendJob(change.id);
  await expect
    .poll(async () => (await db.upstreamChange.findUniqueOrThrow({ where: { id: change.id } })).status, {
      timeout: 30_000,
    })
    .toBe("SYNCED");
}

/**
 * Skatteetaten's scope in the emulator (through the real worker) and a consent resource referencing it, published
 * to test; optionally with an access list (in the registry too) linked to the resource.
 */
async function seedPublishedResource(db: PrismaClient, s: string, options: { accessList?: boolean } = {}) {
  const skd = await db.organisation.findUniqueOrThrow({ where: { orgNumber: SKD } });
  const subscope = `tilgang.e2e${s}`;
  const scope = `skd:${subscope}`;
  await runChange(db, {
    organisationId: skd.id,
    kind: "maskinporten.scope.upsert",
    targetType: "scope",
    targetId: `TEST:${scope}`,
    payload: {
      actingFor: SKD,
      scope: { prefix: "skd", subscope, description: "Access request e2e", visibility: "PUBLIC" },
    },
  });
  const identifier = `skd-tilgang-${s}`;
  const definition = {
    ...validDefinition,
    identifier,
    title: localized(`Tilgangstjeneste ${s}`),
    scopeReferences: [scope],
  };
  const resource = await db.consentResource.create({
    data: { organisationId: skd.id, identifier, versions: { create: { version: 1, content: definition } } },
    select: { id: true, versions: { select: { id: true } } },
  });
  await db.consentResourcePublication.create({
    data: { resourceId: resource.id, environment: "TEST", versionId: resource.versions[0]!.id },
  });
  const listIdentifier = `skd-banker-${s}`;
  if (options.accessList) {
    const list = await db.accessList.create({
      data: { organisationId: skd.id, environment: "TEST", identifier: listIdentifier, name: `Banker ${s}` },
    });
    await db.accessListResourceLink.create({ data: { accessListId: list.id, resourceId: resource.id } });
    await runChange(db, {
      organisationId: skd.id,
      kind: "registry.access-list.upsert",
      targetType: "access-list",
      targetId: `test:${listIdentifier}`,
      payload: { actingFor: SKD, owner: "skd", listIdentifier, name: `Banker ${s}`, description: "" },
    });
  }
  return { scope, identifier, listIdentifier };
}

/** The consumer's request page, reloaded until it shows the status (the owner decides in another browser). */
async function expectStatus(page: Page, status: string, timeout: number) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("access-request-status")).toHaveText(status, { timeout: 1_000 });
  }).toPass({ timeout });
}

async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
}

async function consumerWithAdmin(db: PrismaClient, name: string) {
  const user = await createUser(db, { name: `${name} Admin` });
  const organisation = await createOrganisation(db, { name, members: [{ userId: user.id, role: "ADMIN" }] });
  return { user, organisation };
}

/** The consumer asks through the form (prefilled as from the catalog); an empty message is refused beside the field. */
async function requestAccess(
  page: Page,
  orgNumber: string,
  identifier: string,
  scope: string,
  viaCatalog?: string,
): Promise<string> {
  if (viaCatalog) {
    await page.goto(`/catalog/${identifier}`);
    await page.getByRole("link", { name: `Request access in test for ${viaCatalog}` }).click();
    await expect(page.getByRole("combobox", { name: "Consent resource" })).toHaveValue(/[0-9a-f-]{36}/);
  } else {
    await page.goto(`/orgs/${orgNumber}/access-requests/new?resource=${identifier}&environment=TEST`);
  }
  await expect(page.getByTestId("request-covers")).toContainText(`Access to the Maskinporten scope ${scope}`);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.locator("#request-message-error")).toHaveText("This field is required.");
  await page
    .getByRole("textbox", { name: "Message to the service owner" })
    .fill("We need income data for loan applications.");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page).toHaveURL(/\/access-requests\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("access-request-status")).toHaveText("Submitted");
  return page.url().split("/").pop()!;
}

test("a consumer requests access, the owner approves through upstream faults, and later revokes", async ({
  page,
  browser,
  db,
  loginAs,
}) => {
  test.setTimeout(150_000);
  const s = uniqueSuffix();
  const { scope, identifier, listIdentifier } = await seedPublishedResource(db, s, { accessList: true });
  const consumer = await consumerWithAdmin(db, `Lånebanken ${s}`);
  await loginAs(consumer.user);
  const requestId = await requestAccess(
    page,
    consumer.organisation.orgNumber,
    identifier,
    scope,
    consumer.organisation.name,
  );
  await expect(page.getByTestId("access-request-asked")).toContainText(`Membership of the access list Banker ${s}`);

  // Maskinporten answers the grant with two 5xx, then swallows one answer (the grant is made, the response lost).
  const path = `^/test/maskinporten-admin/api/v1/scopes/access/${consumer.organisation.orgNumber}$`;
  await addFaultRules([
    { path, method: "PUT", status5xxRate: 1, remaining: 2 },
    { path, method: "PUT", timeoutRate: 1, timeoutMs: 1500, remaining: 1 },
  ]);

  const { user: admin } = await serviceOwnerMember(db, { role: "ADMIN", name: "Godkjenner Gro" });
  const ownerContext = await browser.newContext({ locale: "en-GB" });
  await loginAs(admin, ownerContext);
  const owner = await ownerContext.newPage();
  await owner.goto(`/orgs/${SKD}/approvals?resource=&status=SUBMITTED`);
  await owner.getByRole("link", { name: identifier }).first().click();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(`Access request: ${identifier}`);
  await owner.getByRole("button", { name: "Approve" }).click();
  await expect(owner.getByTestId("decision-outcome")).toHaveText("Approved. Access is being set up.");

  // The consumer's page follows the grant to Active, with the whole timeline.
  await expectStatus(page, "Active", 90_000);
  await expect(page.getByTestId("access-request-timeline").locator("li")).toHaveCount(4);
  const grants = await scopeAccess(scope, consumer.organisation.orgNumber);
  expect(grants).toEqual([expect.objectContaining({ state: "APPROVED" })]);
  expect(await registryMembers(listIdentifier)).toEqual([consumer.organisation.orgNumber]);
  // The request log (paths carry the query) shows the faults really happened, and one grant was created.
  const puts = (await emulatorState()).requests.filter(
    (r) => r.method === "PUT" && new RegExp(path).test(r.path.split("?")[0]!),
  );
  const faulted = puts.filter((r) => (r.status ?? 0) >= 500 || (r as { fault?: string }).fault === "timeout");
  expect(faulted.length).toBe(3);
  expect(puts.length).toBeGreaterThan(faulted.length);
  expect(puts.filter((r) => r.status === 201).length).toBeLessThanOrEqual(1);

  // Revoking removes the grant upstream and tells the consumer why.
  await owner.reload();
  await owner.getByRole("button", { name: "Revoke access" }).click();
  await expect(owner.locator("#revoke-reason-error")).toHaveText("This field is required.");
  await owner.getByRole("textbox", { name: "Reason for revoking" }).fill("The agreement has ended.");
  await owner.getByRole("button", { name: "Revoke access" }).click();
  await expect(owner.getByTestId("access-request-status")).toHaveText("Revoked");
  await expect
    .poll(async () => (await scopeAccess(scope, consumer.organisation.orgNumber))[0]?.state, { timeout: 60_000 })
    .toBe("DENIED");
  await expect.poll(() => registryMembers(listIdentifier), { timeout: 60_000 }).toEqual([]);
  await page.reload();
  await expect(page.getByTestId("access-request-status")).toHaveText("Revoked");
  await expect(page.getByTestId("decision-reason")).toHaveText("The agreement has ended.");

  // Both parties were notified; opening the page marks them seen.
  await page.goto(`/orgs/${consumer.organisation.orgNumber}/notifications`);
  await expect(page.getByTestId("notification").first()).toContainText(`revoked access to ${identifier}`);
  await page.reload();
  await expect(page.locator('[data-testid="notification"][data-unread="true"]')).toHaveCount(0);
  expect(await db.accessRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
    status: "REVOKED",
    openKey: null,
  });

  // Every step is in the owner's audit log, which its administrators can download as CSV.
  const csv = await owner.request.get(`/orgs/${SKD}/audit/export`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("time,actor,action,target_type,target_id,summary,correlation_id");
  expect(text).toMatch(
    new RegExp(`Godkjenner Gro,access-request.decide,access-request,${requestId},Approved access to ${identifier}`),
  );
  expect(text).toContain(`access-request.revoke,access-request,${requestId},Revoked access to ${identifier}`);
  await ownerContext.close();
});

test("two admins decide at once, an editor cannot, other consumers see nothing, and a denial is explained", async ({
  page,
  browser,
  db,
  loginAs,
}) => {
  test.setTimeout(120_000);
  const s = uniqueSuffix();
  const { scope, identifier } = await seedPublishedResource(db, s);
  const consumer = await consumerWithAdmin(db, `Sparebanken ${s}`);
  await loginAs(consumer.user);
  const requestId = await requestAccess(page, consumer.organisation.orgNumber, identifier, scope);
  const approvalPath = `/orgs/${SKD}/approvals/${requestId}`;

  // An editor of the owner sees the request read-only.
  const { user: editor } = await serviceOwnerMember(db, { role: "EDITOR", name: "Redaktør Rolf" });
  const editorContext = await browser.newContext({ locale: "en-GB" });
  await loginAs(editor, editorContext);
  const editorPage = await editorContext.newPage();
  await editorPage.goto(approvalPath);
  await expect(
    editorPage.getByText("Only administrators of the organisation decide on access requests."),
  ).toBeVisible();
  await expect(editorPage.getByRole("button", { name: "Approve" })).toHaveCount(0);
  expect((await editorPage.request.get(`/orgs/${SKD}/audit/export`)).status()).toBe(403);
  await editorContext.close();

  // Another consumer cannot see the request, neither under its own organisation nor under the requester's.
  const other = await consumerWithAdmin(db, `Annenbanken ${s}`);
  const otherContext = await browser.newContext({ locale: "en-GB" });
  await loginAs(other.user, otherContext);
  const otherPage = await otherContext.newPage();
  expect((await otherPage.goto(`/orgs/${other.organisation.orgNumber}/access-requests/${requestId}`))?.status()).toBe(
    404,
  );
  expect(
    (await otherPage.goto(`/orgs/${consumer.organisation.orgNumber}/access-requests/${requestId}`))?.status(),
  ).toBe(404);
  await otherContext.close();

  // Two administrators press Approve at the same moment: one decision stands, the other is told who made it.
  const admins = await Promise.all(
    ["Anne Admin", "Bjørn Admin"].map((name) => serviceOwnerMember(db, { role: "ADMIN", name })),
  );
  const pages = await Promise.all(
    admins.map(async ({ user }) => {
      const context = await browser.newContext({ locale: "en-GB" });
      await loginAs(user, context);
      const adminPage = await context.newPage();
      await adminPage.goto(approvalPath);
      return adminPage;
    }),
  );
  await Promise.all(pages.map((adminPage) => adminPage.getByRole("button", { name: "Approve" }).click()));
  const outcomes = await Promise.all(
    pages.map(async (adminPage) => {
      const outcome = adminPage.getByTestId("decision-outcome");
      await expect(outcome).not.toBeEmpty();
      return outcome.innerText();
    }),
  );
  expect(outcomes.filter((o) => o === "Approved. Access is being set up.")).toHaveLength(1);
  expect(outcomes.find((o) => o !== "Approved. Access is being set up.")).toMatch(
    /already decided by (Anne|Bjørn) Admin/,
  );
  expect(await db.auditEvent.count({ where: { action: "access-request.decide", targetId: requestId } })).toBe(1);
  await expectStatus(page, "Active", 60_000);
  await expect
    .poll(async () => (await scopeAccess(scope, consumer.organisation.orgNumber)).map((a) => a.state))
    .toEqual(["APPROVED"]);
  await Promise.all(pages.map((adminPage) => adminPage.context().close()));

  // A second consumer is denied: the reason is required, and shown to the consumer.
  const denied = await consumerWithAdmin(db, `Nektebanken ${s}`);
  const deniedContext = await browser.newContext({ locale: "en-GB" });
  await loginAs(denied.user, deniedContext);
  const deniedPage = await deniedContext.newPage();
  const deniedId = await requestAccess(deniedPage, denied.organisation.orgNumber, identifier, scope);
  const { user: admin } = await serviceOwnerMember(db, { role: "ADMIN", name: "Avslag Astrid" });
  const adminContext = await browser.newContext({ locale: "en-GB" });
  await loginAs(admin, adminContext);
  const adminPage = await adminContext.newPage();
  await adminPage.goto(`/orgs/${SKD}/approvals/${deniedId}`);
  await adminPage.getByRole("button", { name: "Deny" }).click();
  await expect(adminPage.locator("#decision-reason-error")).toHaveText(
    "Give a reason when you deny: the consumer sees it.",
  );
  await adminPage.getByRole("textbox", { name: "Reason" }).fill("Only banks with a licence may use this service.");
  await adminPage.getByRole("button", { name: "Deny" }).click();
  await expect(adminPage.getByTestId("decision-outcome")).toHaveText("Denied. The consumer has been told why.");
  await deniedPage.reload();
  await expect(deniedPage.getByTestId("access-request-status")).toHaveText("Denied");
  await expect(deniedPage.getByTestId("access-request-timeline")).toContainText(
    "Reason: Only banks with a licence may use this service.",
  );
  // Nothing was granted upstream for the denied consumer.
  expect(await scopeAccess(scope, denied.organisation.orgNumber)).toEqual([]);
  for (const path of [
    `/orgs/${SKD}/approvals?status=ALL`,
    `/orgs/${SKD}/approvals/${deniedId}`,
    `/orgs/${SKD}/notifications`,
  ]) {
    await expectAccessible(adminPage, path);
  }
  const consumerOrg = denied.organisation.orgNumber;
  for (const path of [
    `/orgs/${consumerOrg}/access-requests`,
    `/orgs/${consumerOrg}/access-requests/${deniedId}`,
    `/orgs/${consumerOrg}/access-requests/new`,
  ]) {
    await expectAccessible(deniedPage, path);
  }
  await deniedContext.close();
  await adminContext.close();
});
