import { createOrganisation, createUser } from "../test/factories";
import { expect, test } from "./support/fixtures";

// With Ansattporten (the end-to-end stack's login) organisations come from Altinn: set up at the first login of a
// person holding the portal's admin right (e2e/ansattporten-login.spec.ts drives that login). Platform administrators
// see how each came and keep their other tools; they register none.

test("a platform administrator sees how each organisation came, and registers none", async ({
  page,
  db,
  platformPage,
}) => {
  const firstAdmin = await createUser(db, { name: "Frida First" });
  const organisation = await createOrganisation(db, {
    name: "Altinn Satt Opp AS",
    members: [{ userId: firstAdmin.id, role: "ADMIN" }],
  });
  await db.auditEvent.create({
    data: {
      actorId: firstAdmin.id,
      organisationId: organisation.id,
      action: "organisation.set-up-at-login",
      targetType: "organisation",
      targetId: organisation.id,
      summary: "Set up at the first login of an administrator from Altinn",
      correlationId: crypto.randomUUID(),
    },
  });
  await platformPage("/admin", "Platform administration", "Petra Platform");

  await expect(
    page.getByText(/set up when a person who holds the portal's admin right for it in Altinn logs in/),
  ).toBeVisible();
  const row = page.getByTestId("organisation-row").filter({ hasText: organisation.orgNumber });
  await expect(row).toContainText("Altinn Satt Opp AS");
  await expect(row.getByTestId("organisation-origin")).toContainText("First admin login (Frida First)");
  // The seeded demo organisations were written directly: only their date is known.
  await expect(
    page.getByTestId("organisation-row").filter({ hasText: "974761076" }).getByTestId("organisation-origin"),
  ).toContainText("Added");

  await expect(page.getByRole("button", { name: "Register organisation" })).toHaveCount(0);
  await expect(page.getByText("Register an organisation")).toHaveCount(0);
  for (const tool of ["Upstream status: Maskinporten and Altinn"]) {
    await expect(page.getByRole("link", { name: tool })).toBeVisible();
  }
});

test("the platform pages are a 404 for everyone else", async ({ page, db, loginAs }) => {
  const user = await createUser(db, { name: "Nils Normal" });
  await loginAs(user);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Platform administration" })).toHaveCount(0);
});
