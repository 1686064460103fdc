import { createUser } from "../test/factories";
import { addFaultRules, emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";

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
