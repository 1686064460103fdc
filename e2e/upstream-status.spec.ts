import { createUser, uniqueSuffix } from "../test/factories";
import { addFaultRules, emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { emulatorScope, openNewScope, openScopeEditor, scopeRow, SKD } from "./support/scopes";

test("a platform administrator sees each upstream API's state, including an injected failure", async ({
  page,
  platformPage,
}) => {
  await platformPage("/admin/upstream", "Upstream status", "Ulla Upstream");
  await expect(page.getByTestId("check-maskinporten-token").first()).toContainText("Reachable");
  await expect(page.getByTestId("upstream-checks")).toHaveCount(3);
  await expect(
    page.getByTestId("upstream-checks").filter({ hasText: "Production" }).getByTestId("check-resource-registry"),
  ).toContainText("Reachable");

  // Production's registry starts failing: the next check says so, with the status it answered.
  await addFaultRules([
    { path: "^/prod/platform/resourceregistry/api/v1/resource/resourcelist", status5xxRate: 1, remaining: 1 },
  ]);
  await page.getByRole("button", { name: "Check again" }).click();
  const prodRegistry = page
    .getByTestId("upstream-checks")
    .filter({ hasText: "Production" })
    .getByTestId("check-resource-registry");
  await expect(prodRegistry).toContainText("Not working");
  await expect(prodRegistry).toContainText(/HTTP 5\d\d/);
});

test("a failed upstream change is retried from the status page and reaches Maskinporten", async ({
  page,
  db,
  loginAs,
}) => {
  const operator = await createUser(db, { name: "Rolf Retry", isPlatformAdmin: true });
  const subscope = `e2e.retry${Date.now().toString(36)}`;
  const skd = await db.organisation.findUniqueOrThrow({ where: { orgNumber: "974761076" } });
  await db.upstreamChange.create({
    data: {
      organisationId: skd.id,
      environment: "TEST",
      kind: "maskinporten.scope.upsert",
      targetType: "scope",
      targetId: `skd:${subscope}`,
      payload: {
        actingFor: "974761076",
        scope: { prefix: "skd", subscope, description: "Retried from the status page", visibility: "PUBLIC" },
      },
      status: "FAILED",
      attempts: 11,
      lastError: "HTTP 503 · upstream unavailable",
    },
  });
  await loginAs(operator);
  await page.goto("/admin/upstream");
  const row = page.getByTestId("upstream-failure").filter({ hasText: `skd:${subscope}` });
  await expect(row).toContainText("HTTP 503");
  await row.getByRole("button", { name: "Retry" }).click();

  await expect
    .poll(async () => (await db.upstreamChange.findFirstOrThrow({ where: { targetId: `skd:${subscope}` } })).status, {
      timeout: 20_000,
    })
    .toBe("SYNCED");
  const scopes = (await emulatorState()).maskinporten.test.scopes.filter((scope) => scope.name === `skd:${subscope}`);
  expect(scopes).toEqual([expect.objectContaining({ description: "Retried from the status page", active: true })]);
  await page.reload();
  await expect(row).toHaveCount(0);
  const audit = await db.auditEvent.findFirst({ where: { action: "upstream-change.retry", actorId: operator.id } });
  expect(audit?.summary).toContain(`skd:${subscope}`);
});

test("a scope change Maskinporten refused is dismissed once a later change replaced it, and stays gone after reload", async ({
  page,
  db,
  serviceOwner,
}) => {
  test.setTimeout(120_000);
  const { user } = await serviceOwner("EDITOR", "Dina Dismiss");
  const subscope = `e2e.avvis${uniqueSuffix()}`;
  const name = `skd:${subscope}`;
  // Maskinporten refuses the creation once: a 412 is final, so the queue does not retry it.
  await addFaultRules([
    { path: "^/test/maskinporten-admin/api/v1/scopes$", method: "POST", preconditionFailedRate: 1, remaining: 1 },
  ]);
  await page.goto(`/orgs/${SKD}/scopes?environment=test`);
  await openNewScope(page);
  await page.getByLabel("Subscope").fill(subscope);
  await page.getByLabel("Description", { exact: true }).fill("Avvist første gang");
  await page.getByRole("button", { name: "Create scope" }).click();
  const row = scopeRow(page, name);
  await expect(row.getByTestId("scope-sync")).toHaveAttribute("data-status", "FAILED", { timeout: 20_000 });
  await expect(row.getByTestId("scope-sync")).toContainText("412");
  const failedId = (await row.getByTestId("scope-sync").getAttribute("data-change"))!;

  // The cause is gone (the fault is used up); a later change replaces the failed one and reaches Maskinporten.
  await row.getByRole("link", { name: `Edit ${name}` }).click();
  await expect(page.getByRole("heading", { name: `Scope ${name}`, level: 1 })).toBeVisible();
  await openScopeEditor(page);
  await page.getByLabel("Description", { exact: true }).fill("Andre gang");
  await expect(page.getByLabel("Description", { exact: true })).toHaveValue("Andre gang");
  await page.getByRole("button", { name: "Save changes" }).click();
  const sync = page.getByTestId("scope-sync");
  await expect(sync).toHaveAttribute("data-status", "SYNCED", { timeout: 20_000 });
  expect(await emulatorScope("test", name)).toMatchObject({ description: "Andre gang", active: true });

  // The earlier failure is still named, with why it cannot be retried; it is dismissed and stays gone.
  const replaced = sync.getByTestId("replaced-failures");
  await expect(replaced).toContainText("An earlier change failed: ");
  await expect(replaced).toContainText("A later change to the scope replaced it");
  await replaced.getByRole("button", { name: `Dismiss the earlier failed change: ${name}` }).click();
  await expect(page.getByTestId("replaced-failures")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("scope-sync")).toHaveAttribute("data-status", "SYNCED");
  await expect(page.getByTestId("replaced-failures")).toHaveCount(0);
  expect(await db.upstreamChange.findUniqueOrThrow({ where: { id: failedId } })).toMatchObject({
    status: "SYNCED",
    supersededById: expect.any(String),
  });
  const audit = await db.auditEvent.findFirst({ where: { action: "upstream-change.dismiss", targetId: failedId } });
  expect(audit).toMatchObject({ actorId: user.id });
  expect(audit?.summary).toContain(`Dismissed failed maskinporten.scope.upsert for test:${name}`);
});
