import { createOrganisation, createUser } from "../test/factories";
import { expect, test } from "./support/fixtures";

test("a user switches between their organisations from the header", async ({ page, db, loginAs }) => {
  const user = await createUser(db, { name: "Mia Multi" });
  const first = await createOrganisation(db, { name: "Alfa Data AS", members: [{ userId: user.id, role: "ADMIN" }] });
  const second = await createOrganisation(db, {
    name: "Beta Bank ASA",
    members: [{ userId: user.id, role: "VIEWER" }],
  });
  await loginAs(user);

  await page.goto(`/orgs/${first.orgNumber}`);
  await expect(page.getByTestId("your-role")).toHaveText("Administrator");
  await page.getByRole("button", { name: "Organisation: Alfa Data AS" }).click();
  await page.getByRole("menuitem", { name: /Beta Bank ASA/ }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${second.orgNumber}$`));
  await expect(page.getByTestId("your-role")).toHaveText("Viewer");
  await expect(page.getByRole("button", { name: "Organisation: Beta Bank ASA" })).toBeVisible();
});

test("an Altinn membership the latest login did not represent opens nothing and is not offered", async ({
  page,
  db,
  loginAs,
}) => {
  const user = await createUser(db, { name: "Pia Picker" });
  const chosen = await createOrganisation(db, { name: "Valgt Bank AS" });
  const other = await createOrganisation(db, { name: "Forrige Bank AS" });
  // As a login through Ansattporten leaves them: the organisation picked is active, the previous one is not.
  await db.membership.createMany({
    data: [
      { userId: user.id, organisationId: chosen.id, role: "ADMIN", source: "ALTINN", active: true },
      { userId: user.id, organisationId: other.id, role: "ADMIN", source: "ALTINN", active: false },
    ],
  });
  await loginAs(user);

  await page.goto(`/orgs/${chosen.orgNumber}`);
  await expect(page.getByTestId("your-role")).toHaveText("Administrator");
  await page.getByRole("button", { name: "Organisation: Valgt Bank AS" }).click();
  await expect(page.getByRole("menuitem", { name: /Forrige Bank AS/ })).toHaveCount(0);
  const response = await page.goto(`/orgs/${other.orgNumber}`);
  expect(response?.status()).toBe(404);
});

test("a non-member gets a 404 for another organisation's pages", async ({ page, db, loginAs }) => {
  const outsider = await createUser(db, { name: "Otto Outsider" });
  const owner = await createUser(db);
  const organisation = await createOrganisation(db, {
    name: "Hidden Org AS",
    members: [{ userId: owner.id, role: "ADMIN" }],
  });
  await loginAs(outsider);

  for (const path of ["", "/members", "/audit"]) {
    const response = await page.goto(`/orgs/${organisation.orgNumber}${path}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("Hidden Org AS")).toHaveCount(0);
  }
});

test("a viewer sees members without controls and is told the audit log is for admins", async ({ page, db, member }) => {
  const { organisation } = await member("VIEWER", { person: "Vera Viewer" });
  const admin = await createUser(db, { name: "Arne Admin" });
  await db.membership.create({ data: { userId: admin.id, organisationId: organisation.id, role: "ADMIN" } });

  // Members come from Altinn (the end-to-end stack logs in through Ansattporten): nobody adds or removes them here.
  await page.goto(`/orgs/${organisation.orgNumber}/members`);
  await expect(page.getByRole("heading", { name: "Members", level: 1 })).toBeVisible();
  await expect(page.getByTestId("member-row")).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);

  await page.goto(`/orgs/${organisation.orgNumber}/audit`);
  await expect(page.getByRole("alert").filter({ hasText: "Only administrators" })).toBeVisible();
  await expect(page.getByTestId("audit-row")).toHaveCount(0);
});
