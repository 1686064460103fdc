import { E2E_EMULATOR_URL } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";

// The journey that clicks through login: the emulator's Ansattporten pages (a real code flow with PKCE, the
// organisation picker, `authorization_details` in the token). The demo's Kari Nordmann holds the portal's admin right
// for Skatteetaten in the emulator's Altinn.

const SKD = "974761076";

test("a seeded person logs in through Ansattporten, picks their organisation, reaches it and logs out", async ({
  page,
  db,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Log in", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  await page.getByRole("button", { name: "Log in with Ansattporten" }).click();

  await expect(page).toHaveURL(new RegExp(`^${E2E_EMULATOR_URL}/ansattporten/interaction/`));
  await expect(page.getByRole("heading", { name: /Ansattporten test login/ })).toBeVisible();
  await page.getByRole("button", { name: /Kari Nordmann/ }).click();
  await expect(page.getByRole("heading", { name: "Choose whom to represent" })).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(SKD) }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByTestId("signed-in-user")).toHaveText("Kari Nordmann");
  const kari = await db.user.findUniqueOrThrow({ where: { pid: "21818297804" } });
  expect(kari.lastLoginAt).not.toBeNull();

  await page.getByRole("link", { name: /Skatteetaten/ }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${SKD}$`));
  await expect(page.getByTestId("your-role")).toHaveText("Administrator");

  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in", exact: true })).toBeVisible();
  await page.goto(`/orgs/${SKD}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

  // The identity provider's session ended too: logging in again asks who you are.
  await page.getByRole("button", { name: "Log in with Ansattporten" }).click();
  await expect(page.getByRole("heading", { name: /Ansattporten test login/ })).toBeVisible();
});

test("an invalid national identity number is refused on the login page", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Log in with Ansattporten" }).click();
  await page.getByLabel("National identity number").fill("01039012345");
  await page.getByLabel("Name").fill("Nobody");
  await page.getByRole("button", { name: "Log in with this number" }).click();
  await expect(page.getByRole("alert")).toContainText(/national identity number/i);
});

test("a deep link survives login: the person lands on the page they asked for", async ({ page }) => {
  await page.goto(`/orgs/${SKD}/approvals`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Forgs%2F974761076%2Fapprovals$/);
  await page.getByRole("button", { name: "Log in with Ansattporten" }).click();
  await page.getByRole("button", { name: /Kari Nordmann/ }).click();
  await page.getByRole("radio", { name: new RegExp(SKD) }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/orgs\/974761076\/approvals$/);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Kari Nordmann");
});

test("the portal has a favicon and a home-screen icon", async ({ page, request }) => {
  await page.goto("/");
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveAttribute("href", /\/icon\.svg/);
  const svg = await request.get((await icon.getAttribute("href"))!);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const apple = await request.get((await page.locator('link[rel="apple-touch-icon"]').getAttribute("href"))!);
  expect(apple.status()).toBe(200);
  expect(apple.headers()["content-type"]).toBe("image/png");
});
