import { createUser } from "../test/factories";
import { randomNationalIdentityNumber, randomOrganisationNumber } from "../test/identifiers";
import { expect, test } from "./support/fixtures";

test("a platform administrator registers an organisation whose first admin can then manage it", async ({
  page,
  db,
  platformPage,
  asOther,
}) => {
  await platformPage("/admin", "Platform administration", "Petra Platform");

  const form = page.locator("form").filter({ hasText: "Register an organisation" });
  await form.getByLabel("Organisation number").fill("123456789");
  await form.getByLabel("Name", { exact: true }).fill("Ny Bank AS");
  await form.getByLabel("National identity number of the first administrator").fill("12345");
  await page.getByRole("button", { name: "Register organisation" }).click();
  await expect(page.getByText("Enter a valid organisation number")).toBeVisible();
  await expect(page.getByText("Enter a national identity number of 11 digits.")).toBeVisible();

  const orgNumber = randomOrganisationNumber();
  const firstAdmin = randomNationalIdentityNumber();
  await form.getByLabel("Organisation number").fill(orgNumber);
  await form.getByLabel("National identity number of the first administrator").fill(firstAdmin);
  await page.getByRole("button", { name: "Register organisation" }).click();
  await expect(page.getByRole("status")).toHaveText("Ny Bank AS was registered.");
  await expect(page.getByTestId("organisation-row").filter({ hasText: orgNumber })).toContainText("Ny Bank AS");

  const admin = await db.user.findUniqueOrThrow({ where: { pid: firstAdmin } });
  const { context, page: adminPage } = await asOther({ ...admin, name: "First Admin" });
  await adminPage.goto(`/orgs/${orgNumber}/audit`);
  await expect(adminPage.getByTestId("audit-row").first()).toContainText("organisation.register");
  await context.close();
});

test("the platform pages are a 404 for everyone else", async ({ page, db, loginAs }) => {
  const user = await createUser(db, { name: "Nils Normal" });
  await loginAs(user);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Platform administration" })).toHaveCount(0);
});
