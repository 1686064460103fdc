import AxeBuilder from "@axe-core/playwright";
import { createOrganisation, createUser } from "../test/factories";
import { expect, test } from "./support/fixtures";

test("the language switch changes the interface text and is remembered", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consent onboarding, in one place");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "Bokmål" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samtykke, fra start til slutt");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("button", { name: "Bokmål" })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/signin");
  await expect(page.getByRole("button", { name: "Logg inn med Ansattporten" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Log in with Ansattporten" })).toBeVisible();
});

test("the shell works at phone width and has no detectable accessibility violations", async ({ page, db, loginAs }) => {
  const admin = await createUser(db, { name: "Ada Access" });
  const organisation = await createOrganisation(db, { members: [{ userId: admin.id, role: "ADMIN" }] });
  await loginAs(admin);
  await page.setViewportSize({ width: 375, height: 740 });

  for (const path of ["/", `/orgs/${organisation.orgNumber}/members`, `/orgs/${organisation.orgNumber}/audit`]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  // The skip link is the first stop for keyboard users and moves focus to the main content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await skip.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
