import { randomNationalIdentityNumber } from "../test/identifiers";
import { expect, test } from "./support/fixtures";

test("an admin adds a member, changes a role, cannot remove the last admin, and sees it all in the audit log", async ({
  page,
  db,
  member,
}) => {
  const { user: admin, organisation } = await member("ADMIN", { person: "Anne Admin" });
  await page.goto(`/orgs/${organisation.orgNumber}/members`);
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();

  // Bad input: the message stands beside the field and nothing is saved.
  const number = page.getByLabel("National identity number");
  await number.fill("01039012345");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("This is not a valid national identity number. Check the digits.")).toBeVisible();
  await expect(number).toHaveAttribute("aria-invalid", "true");

  const newcomer = randomNationalIdentityNumber();
  await number.fill(newcomer);
  await page.getByLabel("Role", { exact: true }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("status")).toHaveText("The member was added.");
  const newRow = page.getByTestId("member-row").filter({ hasText: newcomer.slice(-4) });
  await expect(newRow.getByTestId("member-role")).toHaveText("Editor");

  // Adding the same person twice is refused with a clear message.
  await number.fill(newcomer);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("This person is already a member of the organisation.")).toBeVisible();

  await newRow.getByRole("combobox").selectOption("VIEWER");
  await newRow.getByRole("button", { name: /Change role for/ }).click();
  await expect(newRow.getByTestId("member-role")).toHaveText("Viewer");

  // The last admin can neither be demoted nor removed.
  const adminRow = page.getByTestId("member-row").filter({ hasText: "Anne Admin" });
  await adminRow.getByRole("combobox").selectOption("VIEWER");
  await adminRow.getByRole("button", { name: /Change role for/ }).click();
  await expect(adminRow.getByRole("alert")).toContainText("must keep at least one administrator");
  await adminRow.getByRole("button", { name: "Remove Anne Admin" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove member" }).click();
  await expect(adminRow.getByRole("alert")).toContainText("must keep at least one administrator");
  await expect(adminRow.getByTestId("member-role")).toHaveText("Administrator");

  // The newcomer can be removed.
  await newRow.getByRole("button", { name: /^Remove / }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove member" }).click();
  await expect(newRow).toHaveCount(0);

  const memberships = await db.membership.findMany({ where: { organisationId: organisation.id } });
  expect(memberships).toEqual([expect.objectContaining({ userId: admin.id, role: "ADMIN" })]);

  await page.getByRole("link", { name: "Audit log" }).click();
  const rows = page.getByTestId("audit-row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("membership.remove");
  await expect(rows.nth(1)).toContainText("membership.change-role");
  await expect(rows.nth(1)).toContainText("from EDITOR to VIEWER");
  await expect(rows.nth(2)).toContainText("membership.add");
  await expect(rows.nth(2)).toContainText("Anne Admin");
});
