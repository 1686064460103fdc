import { serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { expect, test } from "./support/fixtures";
import {
  addFaultRule,
  axeViolations,
  emulatorScope,
  openNewScope,
  openScopeEditor,
  scopeRow,
  seedScope,
  SKD,
} from "./support/scopes";

// Skatteetaten's scopes (prefix `skd`), shared with other specs: every subscope here is unique to its run.
// Fault rules are added to those already set (never replacing them), each with a small `remaining`.
// The two tests run one after the other: the second one's retry must not take the first one's slow answer.

test.describe.configure({ mode: "serial" });

test("an editor creates, edits and deactivates a scope, and Maskinporten follows each step", async ({
  page,
  db,
  loginAs,
}) => {
  const { user } = await serviceOwnerMember(db, { role: "EDITOR", name: "Siri Scope" });
  const subscope = `e2e.${uniqueSuffix()}`;
  const name = `skd:${subscope}`;
  await loginAs(user);
  await page.goto(`/orgs/${SKD}/scopes?environment=test`);
  await expect(page.getByRole("heading", { name: "Maskinporten scopes", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Test", exact: true })).toHaveAttribute("aria-current", "page");
  expect(await axeViolations(page)).toEqual([]);

  // Bad input is refused beside the field before anything is sent.
  await openNewScope(page);
  const subscopeField = page.getByLabel("Subscope");
  await subscopeField.fill("Inntekt..read");
  await page.getByLabel("Description", { exact: true }).fill("Inntekt for e2e");
  await page.getByRole("button", { name: "Create scope" }).click();
  await expect(page.locator("#scope-subscope-error")).toHaveText(
    /Use lowercase letters a-z and digits, in parts separated by \. or \//,
  );
  await expect(subscopeField).toHaveAttribute("aria-invalid", "true");
  await subscopeField.fill("skd:inntekt.read");
  await page.getByRole("button", { name: "Create scope" }).click();
  await expect(page.locator("#scope-subscope-error")).toContainText("without the prefix and colon");
  await page.getByLabel("Token lifetime (seconds)").fill("30");
  await page.getByRole("button", { name: "Create scope" }).click();
  await expect(page.locator("#create-scope-tokenLifetimeSeconds-error")).toHaveText(/from 120 to 7200/);
  expect(
    await db.maskinportenScope.count({ where: { subscope: { in: ["Inntekt..read", "inntekt.read"] }, prefix: "skd" } }),
  ).toBe(0);

  // Maskinporten answers slowly this once, so the pending state can be seen before it turns synced.
  await addFaultRule({
    path: "^/test/maskinporten-admin/api/v1/scopes$",
    method: "POST",
    latencyMs: 2500,
    remaining: 1,
  });
  await subscopeField.fill(subscope);
  await expect(page.getByTestId("scope-name-preview")).toHaveText(`Full name: ${name}`);
  await page.getByLabel("Token lifetime (seconds)").fill("600");
  await page.getByRole("button", { name: "Create scope" }).click();
  await expect(page.getByRole("status")).toHaveText(`${name} was created and is on its way to Maskinporten.`);
  const row = scopeRow(page, name);
  await expect(row.getByTestId("scope-sync")).toHaveAttribute("data-status", "PENDING");
  await expect(row.getByTestId("scope-sync")).toContainText("Pending");
  await expect(row.getByTestId("scope-sync")).toHaveAttribute("data-status", "SYNCED", { timeout: 20_000 });
  await expect(row.getByTestId("scope-in-maskinporten")).toHaveText("Same as in the portal");
  expect(await emulatorScope("test", name)).toMatchObject({
    description: "Inntekt for e2e",
    active: true,
    at_max_age: 600,
  });

  // The same subscope again is refused beside the field.
  await subscopeField.fill(subscope);
  await page.getByLabel("Description", { exact: true }).fill("Again");
  await page.getByRole("button", { name: "Create scope" }).click();
  await expect(page.locator("#scope-subscope-error")).toHaveText(
    "A scope with this name already exists in this environment.",
  );

  // Drift: the portal's copy differs from Maskinporten's (as if a change never arrived), and the list says so.
  await db.maskinportenScope.updateMany({
    where: { prefix: "skd", subscope, environment: "TEST" },
    data: { description: "Drifted" },
  });
  await page.reload();
  await expect(scopeRow(page, name).getByTestId("scope-in-maskinporten")).toHaveText(
    "In Maskinporten: description differs",
  );

  // Editing sends the new description; saving also brings the drifted scope back in line.
  await scopeRow(page, name)
    .getByRole("link", { name: `Edit ${name}` })
    .click();
  await expect(page.getByRole("heading", { name: `Scope ${name}`, level: 1 })).toBeVisible();
  await expect(page.getByText("The name cannot be changed: Maskinporten cannot rename a subscope.")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  const sync = page.getByTestId("scope-sync");
  const created = await sync.getAttribute("data-change");
  await openScopeEditor(page);
  await page.getByLabel("Description", { exact: true }).fill("Endret beskrivelse");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. The change is on its way to Maskinporten.");
  // The page shows the new change once it has re-rendered, then follows it until it is synced.
  await expect(sync).not.toHaveAttribute("data-change", created ?? "");
  await expect(sync).toHaveAttribute("data-status", "SYNCED", { timeout: 20_000 });
  expect(await emulatorScope("test", name)).toMatchObject({ description: "Endret beskrivelse", active: true });

  // Deactivating keeps the scope, deactivated, in the portal and in Maskinporten.
  await page.getByRole("button", { name: "Deactivate scope" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("the name can never be used again");
  const edited = await sync.getAttribute("data-change");
  await page.getByRole("alertdialog").getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByTestId("scope-active")).toHaveText("Deactivated");
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(sync).not.toHaveAttribute("data-change", edited ?? "");
  await expect(sync).toHaveAttribute("data-status", "SYNCED", { timeout: 20_000 });
  expect(await emulatorScope("test", name)).toMatchObject({ description: "Endret beskrivelse", active: false });

  await page.getByRole("link", { name: "Back to the scopes" }).click();
  await expect(scopeRow(page, name).getByTestId("scope-active")).toHaveText("Deactivated");
  await expect(scopeRow(page, name).getByRole("link", { name: `Edit ${name}` })).toHaveCount(0);
  await expect(scopeRow(page, name).getByTestId("scope-in-maskinporten")).toHaveText("Same as in the portal");
  await openNewScope(page);
  await subscopeField.fill(subscope);
  await page.getByLabel("Description", { exact: true }).fill("Once more");
  await page.getByRole("button", { name: "Create scope" }).click();
  await expect(page.locator("#scope-subscope-error")).toContainText("A deactivated scope has this name.");

  const audit = await db.auditEvent.findMany({
    where: { actorId: user.id },
    select: { action: true },
    orderBy: { createdAt: "asc" },
  });
  expect(audit.map((event) => event.action)).toEqual(["scope.create", "scope.update", "scope.deactivate"]);
});

test("a failed change shows its reason, Retry makes it synced, and the scope is copied to production", async ({
  page,
  db,
  loginAs,
}) => {
  const { user } = await serviceOwnerMember(db, { role: "ADMIN", name: "Rita Retry" });
  const subscope = `e2e.failed${uniqueSuffix()}`;
  const name = `skd:${subscope}`;
  await seedScope(db, {
    environment: "TEST",
    subscope,
    status: "FAILED",
    lastError: "HTTP 503 · Maskinporten unavailable",
  });
  await loginAs(user);
  await page.goto(`/orgs/${SKD}/scopes?environment=test`);
  const row = scopeRow(page, name);
  await expect(row.getByTestId("scope-sync")).toHaveText(/Failed: HTTP 503 · Maskinporten unavailable/);
  await expect(row.getByTestId("scope-in-maskinporten")).toHaveText("Missing in Maskinporten");

  await row.getByRole("button", { name: `Retry ${name}` }).click();
  await expect(row.getByTestId("scope-sync")).toHaveAttribute("data-status", "SYNCED", { timeout: 20_000 });
  await expect(row.getByTestId("scope-in-maskinporten")).toHaveText("Same as in the portal");
  expect(await emulatorScope("test", name)).toMatchObject({ description: `Seeded ${subscope}`, active: true });

  await row.getByRole("button", { name: `Copy to production: ${name}` }).click();
  // Production asks first, naming what it gets.
  await expect(page.getByRole("alertdialog")).toContainText(`Copy ${name} to production?`);
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, copy to production" }).click();
  await expect(row.getByRole("status")).toHaveText(
    `${name} was created in production and is on its way to Maskinporten.`,
  );
  await page.getByRole("link", { name: "Production", exact: true }).click();
  await expect(page).toHaveURL(/environment=prod/);
  const prodRow = scopeRow(page, name);
  await expect(prodRow.getByTestId("scope-sync")).toHaveAttribute("data-status", "SYNCED", { timeout: 20_000 });
  expect(await emulatorScope("prod", name)).toMatchObject({ description: `Seeded ${subscope}`, active: true });

  // Saving a production scope asks first, naming the fields production gets changed; Cancel sends nothing.
  await prodRow.getByRole("link", { name: `Edit ${name}` }).click();
  await openScopeEditor(page);
  // Typed once the form is live: its length note counts what the form holds (the summary compares the same values).
  const changedDescription = "Endret i produksjon";
  await expect(async () => {
    await page.getByLabel("Description", { exact: true }).fill(changedDescription);
    await expect(page.getByTestId("edit-scope-description-length")).toContainText(
      `${changedDescription.length} of at most`,
      { timeout: 1_000 },
    );
  }).toPass({ timeout: 15_000 });
  const save = page.getByRole("button", { name: "Save changes" });
  await save.click();
  const confirm = page.getByRole("alertdialog", { name: `Change ${name} in production?` });
  await expect(confirm.getByTestId("production-summary")).toHaveText(
    "These fields change in Maskinporten's production: Description. Consumers with the scope see the change there.",
  );
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  expect(await db.maskinportenScope.count({ where: { subscope, description: "Endret i produksjon" } })).toBe(0);
  expect(await emulatorScope("prod", name)).toMatchObject({ description: `Seeded ${subscope}` });
  await save.click();
  await confirm.getByRole("button", { name: "Yes, change production" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved. The change is on its way to Maskinporten.");
  await expect
    .poll(async () => (await emulatorScope("prod", name))?.description, { timeout: 20_000 })
    .toBe("Endret i produksjon");
  expect(await emulatorScope("test", name)).toMatchObject({ description: `Seeded ${subscope}` });
});
