import { createOrganisation, createUser } from "../test/factories";
import { expect, test } from "./support/fixtures";

// The header's organisation menu and the confirmation dialog are the portal's own (components/layout/
// organisation-switcher.tsx with use-menu-keys.ts, components/ui/confirm-dialog.tsx) since issue 17 took Radix off
// every page: the keyboard must reach and leave them as the WAI-ARIA APG menu button and alert dialog patterns say.

test("the organisation menu opens, moves and closes from the keyboard, and a press outside closes it", async ({
  page,
  db,
  loginAs,
}) => {
  const user = await createUser(db, { name: "Kari Keyboard" });
  const first = await createOrganisation(db, { name: "Alfa Tast AS", members: [{ userId: user.id, role: "ADMIN" }] });
  const second = await createOrganisation(db, { name: "Beta Tast AS", members: [{ userId: user.id, role: "VIEWER" }] });
  await loginAs(user);
  await page.goto(`/orgs/${first.orgNumber}`);
  const button = page.getByRole("button", { name: "Organisation: Alfa Tast AS" });
  const items = page.getByRole("menu").getByRole("menuitem");

  await button.focus();
  await page.keyboard.press("Enter");
  await expect(button).toHaveAttribute("aria-expanded", "true");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(items.first()).toBeFocused();
  await page.keyboard.press("End");
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute("aria-expanded", "false");

  // ArrowUp on the button opens on the last item; a press outside closes without choosing.
  await page.keyboard.press("ArrowUp");
  await expect(items.nth(1)).toBeFocused();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(page.getByRole("menu")).toHaveCount(0);

  await button.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/orgs/${second.orgNumber}$`));
  await expect(page.getByRole("button", { name: "Organisation: Beta Tast AS" })).toBeVisible();
});

test("a confirmation asks in a modal alert dialog: Cancel is focused, Escape sends nothing, focus returns", async ({
  page,
  db,
  member,
}) => {
  const { organisation } = await member("ADMIN", { person: "Dina Dialog" });
  await page.goto(`/orgs/${organisation.orgNumber}/sync/definitions/tokens`);
  await page.getByRole("button", { name: "Create a token" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Keyboard token");
  await page.getByRole("button", { name: "Create token" }).click();
  const row = page.getByRole("row", { name: /Keyboard token/ });
  const revoke = row.getByRole("button", { name: "Revoke the token Keyboard token" });

  await revoke.click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(revoke).toBeFocused();
  expect(await db.apiToken.count({ where: { organisationId: organisation.id, revokedAt: { not: null } } })).toBe(0);

  await page.keyboard.press("Enter");
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(row.getByTestId("api-token-state")).toContainText("Revoked");
  expect(await db.apiToken.count({ where: { organisationId: organisation.id, revokedAt: { not: null } } })).toBe(1);
});
