import { createOrganisation, createUser } from "../test/factories";
import { expect, test } from "./support/fixtures";

test("/api/health reports the database and the identity provider as reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.components).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ name: "database", reachable: true }),
      expect.objectContaining({ name: "idporten", reachable: true }),
    ]),
  );
});

test("the audit log pages through many events, newest first", async ({ page, db, loginAs }) => {
  const admin = await createUser(db, { name: "Paula Pager" });
  const organisation = await createOrganisation(db, { members: [{ userId: admin.id, role: "ADMIN" }] });
  const start = Date.now() - 60_000;
  await db.auditEvent.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      actorId: admin.id,
      organisationId: organisation.id,
      action: "test.event",
      targetType: "test",
      summary: `Event number ${i + 1}`,
      correlationId: crypto.randomUUID(),
      createdAt: new Date(start + i * 1000),
    })),
  });
  await loginAs(admin);
  await page.goto(`/orgs/${organisation.orgNumber}/audit`);
  await expect(page.getByText("30 events")).toBeVisible();
  await expect(page.getByTestId("audit-row")).toHaveCount(25);
  await expect(page.getByTestId("audit-row").first()).toContainText("Event number 30");
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByTestId("audit-row")).toHaveCount(5);
  await expect(page.getByTestId("audit-row").last()).toContainText("Event number 1");
});
