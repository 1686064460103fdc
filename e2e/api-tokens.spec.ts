import { createUser } from "../test/factories";
import { expect, test } from "./support/fixtures";
import { axeViolations } from "./support/scopes";

// An organisation's API tokens (lib/api-tokens/): an administrator creates one and sees its secret once, copies it,
// and revokes it; an editor sees the list but cannot create one.

test("an administrator creates an API token, sees it once, and revokes it", async ({ page, context, db, member }) => {
  const { user: admin, organisation } = await member("ADMIN", { person: "Tora Token" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const path = `/orgs/${organisation.orgNumber}/sync/definitions/tokens`;
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  await expect(page.getByText("The organisation has no API tokens.")).toBeVisible();
  await expect(
    page.getByText(/stops working as soon as that person is no longer an active administrator/),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // A token needs a name and an environment, refused beside the fields before anything is sent.
  await page.getByRole("button", { name: "Create a token" }).click();
  await page.getByLabel("Test", { exact: true }).uncheck();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator("#api-token-name-error")).toHaveText("This field is required.");
  await expect(page.locator("#api-token-environments-error")).toHaveText("Choose at least one environment.");

  await page.getByLabel("Name", { exact: true }).fill("GitHub Actions");
  await page.getByLabel("Apply (also plan and export)").check();
  await page.getByLabel("Test", { exact: true }).check();
  await page.getByLabel("Expires").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("status")).toHaveText('Created the token "GitHub Actions".');
  const secretBox = page.getByTestId("api-token-secret");
  const secret = (await secretBox.locator("code").textContent()) ?? "";
  expect(secret).toMatch(/^cpt_[A-Za-z0-9_-]{43}$/);
  await secretBox.getByRole("button", { name: "Copy" }).click();
  await expect(secretBox.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  const row = page.getByTestId(`api-token-${secret.slice(0, 12)}`);
  await expect(row).toContainText("GitHub Actions");
  await expect(row).toContainText("Apply (also plan and export)");
  await expect(row.getByTestId("api-token-state")).toContainText("Active");
  await expect(row).toContainText("Tora Token");

  // Only the hash is kept: after a reload the secret is nowhere on the page or in the database.
  await page.reload();
  await expect(row).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  const stored = await db.apiToken.findFirstOrThrow({ where: { organisationId: organisation.id } });
  expect(JSON.stringify(stored)).not.toContain(secret);
  expect(stored).toMatchObject({
    name: "GitHub Actions",
    scope: "APPLY",
    environments: ["TEST"],
    createdById: admin.id,
  });

  await row.getByRole("button", { name: "Revoke the token GitHub Actions" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(row.getByTestId("api-token-state")).toContainText("Revoked");
  await expect(row.getByTestId("api-token-state")).toContainText("by Tora Token");
  await expect(row.getByRole("button", { name: "Revoke the token GitHub Actions" })).toHaveCount(0);
  const events = await db.auditEvent.findMany({
    where: { organisationId: organisation.id, targetId: stored.id },
    orderBy: { createdAt: "asc" },
  });
  expect(events.map((event) => event.action)).toEqual(["api-token.create", "api-token.revoke"]);
  expect(events.map((event) => event.summary).join(" ")).not.toContain(secret);
});

test("an editor sees the organisation's tokens but cannot create one", async ({ page, db, member, asOther }) => {
  const { organisation } = await member("ADMIN", { person: "Ada Admin" });
  await page.goto(`/orgs/${organisation.orgNumber}/sync/definitions/tokens`);
  await page.getByRole("button", { name: "Create a token" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Nightly plan");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("status")).toHaveText('Created the token "Nightly plan".');

  const editor = await createUser(db, { name: "Edvard Editor" });
  await db.membership.create({ data: { userId: editor.id, organisationId: organisation.id, role: "EDITOR" } });
  const other = await asOther(editor);
  await other.page.goto(`/orgs/${organisation.orgNumber}/sync/definitions/tokens`);
  await expect(other.page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  await expect(other.page.getByTestId("api-token-table")).toContainText("Nightly plan");
  await expect(
    other.page.getByText("Only administrators of the organisation can create and revoke API tokens."),
  ).toBeVisible();
  await expect(other.page.getByRole("button", { name: "Create token" })).toHaveCount(0);
  await expect(other.page.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  await other.context.close();
});
