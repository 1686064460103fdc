import { registerTestClient } from "../emulator/test-support/maskinporten-client";
import { uniqueSuffix } from "../test/factories";
import { E2E_EMULATOR_URL } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { axeViolations, emulatorScope, seedScope, SKD } from "./support/scopes";

// The proof for drift (13.2): two of Skatteetaten's scopes, in the portal and in the emulator's Maskinporten
// alike, are changed directly in Maskinporten's admin API with Skatteetaten's own token (never through the portal).
// "Check now" shows each difference field by field; "Take upstream" brings one into the portal, "Push the portal's
// version" sends the other back to Maskinporten (the emulator's state shows it), and a check confirms agreement.

/** Maskinporten's admin API as Skatteetaten itself calls it. */
async function maskinportenAsSkd(
  method: "POST" | "PUT",
  body: Record<string, unknown>,
  scope?: string,
  env: "test" | "prod" = "test",
) {
  const skd = await registerTestClient(E2E_EMULATOR_URL, { env, orgNumber: SKD, scopes: ["idporten:scopes.write"] });
  const query = scope ? `?scope=${encodeURIComponent(scope)}` : "";
  const response = await fetch(`${E2E_EMULATOR_URL}/${env}/maskinporten-admin/api/v1/scopes${query}`, {
    method,
    headers: {
      authorization: `Bearer ${await skd.accessToken("idporten:scopes.write")}`,
      "content-type": "application/json",
    },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

/** A scope the portal has (synced) and Maskinporten has as the portal sent it. */
async function syncedScope(db: Parameters<typeof seedScope>[0], subscope: string, env: "test" | "prod" = "test") {
  await seedScope(db, { environment: env === "test" ? "TEST" : "PROD", subscope, status: "SYNCED" });
  await maskinportenAsSkd(
    "POST",
    {
      prefix: "skd",
      subscope,
      description: `Seeded ${subscope}`,
      long_description: "",
      visibility: "PUBLIC",
      allowed_integration_types: ["maskinporten"],
    },
    undefined,
    env,
  );
  return `skd:${subscope}`;
}

const findingOf = (page: import("@playwright/test").Page, name: string) =>
  page.locator(`[data-testid="drift-finding"][data-object="${name}"]`);

test("a change made directly in Maskinporten shows as drift; take upstream and push portal each resolve it", async ({
  page,
  db,
  serviceOwner,
}) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const [taken, pushed] = await Promise.all([
    syncedScope(db, `drift.take.${suffix}`),
    syncedScope(db, `drift.push.${suffix}`),
  ]);
  await maskinportenAsSkd("PUT", { description: "Changed at Digdir", long_description: "Written at Digdir" }, taken);
  await maskinportenAsSkd("PUT", { description: "Also changed at Digdir", visibility: "PRIVATE" }, pushed);

  await serviceOwner("ADMIN", "Dina Drift");
  await page.goto(`/orgs/${SKD}/sync`);
  await page.getByRole("link", { name: "Agreement", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Agreement with Altinn and Maskinporten", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Check now" }).click();

  // The check runs in the worker; the page polls until it has finished and shows each difference.
  const takenFinding = findingOf(page, taken);
  await expect(takenFinding).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId("drift-last-checked")).toContainText("Last checked");
  const description = takenFinding.locator('[data-testid="drift-field"][data-field="description"]');
  await expect(description).toContainText(`Seeded drift.take.${suffix}`);
  await expect(description).toContainText("Changed at Digdir");
  await expect(takenFinding.locator('[data-field="longDescription"]')).toContainText("Written at Digdir");
  const pushedFinding = findingOf(page, pushed);
  await expect(pushedFinding.locator('[data-field="visibility"]')).toContainText("PRIVATE");
  expect(await axeViolations(page)).toEqual([]);

  // Take upstream: the portal now has Maskinporten's fields; nothing is sent.
  await takenFinding.getByRole("button", { name: `Take upstream's version of ${taken}` }).click();
  await expect(takenFinding).toHaveCount(0);
  await expect(page.locator(`[data-testid="drift-resolved-row"][data-object="${taken}"]`)).toContainText(
    "Took upstream's version",
  );
  const takenRow = await db.maskinportenScope.findFirstOrThrow({
    where: { prefix: "skd", subscope: `drift.take.${suffix}`, environment: "TEST" },
  });
  expect(takenRow).toMatchObject({ description: "Changed at Digdir", longDescription: "Written at Digdir" });
  expect(await emulatorScope("test", taken)).toMatchObject({ description: "Changed at Digdir" });

  // Push: the worker sends the portal's version; the finding is on its way until a check confirms it.
  await pushedFinding.getByRole("button", { name: `Push the portal's version of ${pushed}` }).click();
  await expect(pushedFinding.getByTestId("drift-on-its-way")).toBeVisible();
  await expect
    .poll(async () => (await emulatorScope("test", pushed))?.description, { timeout: 30_000 })
    .toBe(`Seeded drift.push.${suffix}`);
  expect(await emulatorScope("test", pushed)).toMatchObject({ visibility: "PUBLIC" });
  await page.getByRole("button", { name: "Check now" }).click();
  await expect(pushedFinding).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator(`[data-testid="drift-resolved-row"][data-object="${pushed}"]`)).toContainText(
    "Pushed the portal's version",
  );

  // New drift raised one notification linking to the drift page.
  await page.goto(`/orgs/${SKD}/notifications`);
  await expect(page.getByTestId("notification").filter({ hasText: taken }).first()).toContainText("differ");
});

// Production asks first (issue 16.3): the push names the object and its fields, and Cancel sends nothing.
test("pushing the portal's version to production asks first", async ({ page, db, serviceOwner }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const pushed = await syncedScope(db, `drift.prod.${suffix}`, "prod");
  await maskinportenAsSkd("PUT", { description: "Changed in production at Digdir" }, pushed, "prod");

  await serviceOwner("ADMIN", "Pia Produksjon");
  await page.goto(`/orgs/${SKD}/sync/drift?environment=prod`);
  await page.getByRole("button", { name: "Check now" }).click();
  const finding = findingOf(page, pushed);
  await expect(finding.locator('[data-field="description"]')).toContainText("Changed in production at Digdir", {
    timeout: 60_000,
  });

  // Production asks first, naming the object and its fields; Cancel sends nothing.
  const push = finding.getByRole("button", { name: `Push the portal's version of ${pushed}` });
  await push.click();
  const confirm = page.getByRole("alertdialog", { name: `Push the portal's version of ${pushed} to production?` });
  await expect(confirm.getByTestId("production-summary")).toContainText(
    "Production (Maskinporten or Altinn) gets the portal's value of description",
  );
  await expect(confirm.getByTestId("production-summary")).toContainText(`for ${pushed}, replacing what it has now.`);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(finding.getByTestId("drift-on-its-way")).toHaveCount(0);
  expect(await emulatorScope("prod", pushed)).toMatchObject({ description: "Changed in production at Digdir" });

  await push.click();
  await confirm.getByRole("button", { name: "Yes, change production" }).click();
  await expect(finding.getByTestId("drift-on-its-way")).toBeVisible();
  await expect
    .poll(async () => (await emulatorScope("prod", pushed))?.description, { timeout: 30_000 })
    .toBe(`Seeded drift.prod.${suffix}`);
});
