import { createOrganisation, createUser } from "../test/factories";
import { expect, test } from "./support/fixtures";

// A long audit log: counted only up to 100 events, paged by position (lib/audit/audit-keyset.ts) forwards and back,
// with events that share one timestamp split across pages and none lost or repeated.

test("a long audit log pages by position, forwards and back, without an exact count", async ({ page, db, loginAs }) => {
  const admin = await createUser(db, { name: "Kari Keyset" });
  const organisation = await createOrganisation(db, { members: [{ userId: admin.id, role: "ADMIN" }] });
  const start = Date.now() - 3_600_000;
  await db.auditEvent.createMany({
    data: Array.from({ length: 130 }, (_, i) => ({
      actorId: admin.id,
      organisationId: organisation.id,
      action: "test.event",
      targetType: "test",
      summary: `Keyset event ${String(i + 1).padStart(3, "0")}`,
      correlationId: crypto.randomUUID(),
      // Ten events a second: every page boundary falls among events of the same time.
      createdAt: new Date(start + Math.floor(i / 10) * 1000),
    })),
  });
  await loginAs(admin);
  await page.goto(`/orgs/${organisation.orgNumber}/audit`);
  await expect(page.getByText("More than 100 events")).toBeVisible();
  await expect(page.getByText("Page 1", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Previous page" })).toHaveCount(0);

  const seen: string[] = [];
  const rows = page.getByTestId("audit-row");
  for (let pageNumber = 1; ; pageNumber++) {
    await expect(page.getByText(`Page ${pageNumber}`, { exact: true })).toBeVisible();
    for (const text of await rows.allInnerTexts()) seen.push(/Keyset event \d+/.exec(text)![0]);
    const next = page.getByRole("link", { name: "Next page" });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  expect(seen).toHaveLength(130);
  expect(new Set(seen).size).toBe(130);

  // Back through the previous links to the newest page.
  for (let pageNumber = 5; pageNumber >= 1; pageNumber--) {
    await page.getByRole("link", { name: "Previous page" }).click();
    await expect(page.getByText(`Page ${pageNumber}`, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Previous page" })).toHaveCount(0);
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toContainText("Keyset event");
  expect(seen.slice(0, 25)).toEqual((await rows.allInnerTexts()).map((text) => /Keyset event \d+/.exec(text)![0]));
});
