import { randomNationalIdentityNumber } from "../test/identifiers";
import { expect, test } from "./support/fixtures";

// The e2e stack runs Ansattporten mode: who acts for an organisation comes from Altinn through each login's token, so
// the members page shows what the logins said and how a right is given in Altinn; nobody adds or removes members here.
// Memberships are written as a login writes them (source ALTINN); e2e/access-diagnostics.spec.ts logs in for real.

test("the members page shows each member's Altinn right, latest login and whether they act for the organisation now", async ({
  page,
  db,
  member,
}) => {
  const { user: admin, organisation } = await member("ADMIN", { person: "Anne Admin" });
  const lastLoginAt = new Date("2026-11-30T09:15:00Z");
  await db.membership.updateMany({
    where: { userId: admin.id, organisationId: organisation.id },
    data: { source: "ALTINN", altinnResources: ["consent-portal-admin"], lastLoginAt },
  });
  const reader = await db.user.create({ data: { pid: randomNationalIdentityNumber(), name: "Rita Reader" } });
  await db.membership.create({
    data: {
      userId: reader.id,
      organisationId: organisation.id,
      role: "VIEWER",
      source: "ALTINN",
      altinnResources: ["consent-portal-read"],
      active: false,
      lastLoginAt,
    },
  });

  await page.goto(`/orgs/${organisation.orgNumber}/members`);
  await expect(page.getByRole("heading", { name: "Members", exact: true })).toBeVisible();
  await expect(page.getByText("Who may act for the organisation comes from Altinn.")).toBeVisible();

  const adminRow = page.getByTestId("member-row").filter({ hasText: "Anne Admin" });
  await expect(adminRow.getByTestId("member-role")).toHaveText("Administrator");
  await expect(adminRow.getByTestId("member-rights")).toHaveText("consent-portal-admin");
  await expect(adminRow.getByTestId("member-acts-now")).toHaveText("Yes");
  await expect(adminRow.getByTestId("member-last-login")).not.toHaveText("Never");
  const readerRow = page.getByTestId("member-row").filter({ hasText: reader.pid.slice(-4) });
  await expect(readerRow.getByTestId("member-rights")).toHaveText("consent-portal-read");
  await expect(readerRow.getByTestId("member-acts-now")).toContainText(
    "No: the latest login chose another organisation",
  );

  // Rights are given in Altinn: no form and no controls here, and the way to give one is spelled out.
  await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Change role for/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  const rights = page.getByRole("region", { name: "The portal's rights in Altinn" });
  await expect(rights.getByTestId("portal-rights")).toContainText("resource consent-portal-admin, role Administrator");
  await expect(rights.getByTestId("portal-rights")).toContainText("resource consent-portal-write, role Editor");
  await expect(rights.getByTestId("portal-rights")).toContainText("resource consent-portal-read, role Viewer");
  await expect(rights).toContainText("access package Main administrator (Hovedadministrator)");
  await expect(page.getByTestId("missing-right")).toHaveCount(0);
});

test("a viewer is told which Altinn right administering takes, and finds the diagnostics page", async ({
  page,
  member,
}) => {
  const { organisation } = await member("VIEWER", { person: "Vera Viewer" });
  await page.goto(`/orgs/${organisation.orgNumber}/members`);
  const note = page.getByTestId("missing-right");
  await expect(note).toContainText(
    "You are Viewer here. Administering the organisation takes the right consent-portal-admin.",
  );
  await note.getByRole("link", { name: "Access from Altinn" }).click();
  await expect(page).toHaveURL(/\/access$/);
  await expect(page.getByRole("heading", { name: "Access from Altinn", level: 1 })).toBeVisible();
});
