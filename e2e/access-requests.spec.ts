import { serviceOwnerMember } from "../test/factories";
import { addFaultRules, emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import {
  SKD,
  scopeAccess,
  registryMembers,
  expectStatus,
  consumerAsksForAccess,
} from "./support/access-request-journey";

test.describe.configure({ timeout: 150_000 });

test("a consumer requests access, the owner approves through upstream faults, and later revokes", async ({
  page,
  db,
  loginAs,
  asOther,
}) => {
  const asked = await consumerAsksForAccess(page, db, loginAs, "Lånebanken", { accessList: true, viaCatalog: true });
  const { s, scope, identifier, listIdentifier, consumer, requestId } = asked;
  await expect(page.getByTestId("access-request-asked")).toContainText(`Membership of the access list Banker ${s}`);

  // Maskinporten answers the grant with two 5xx, then swallows one answer (the grant is made, the response lost).
  const path = `^/test/maskinporten-admin/api/v1/scopes/access/${consumer.organisation.orgNumber}$`;
  await addFaultRules([
    { path, method: "PUT", status5xxRate: 1, remaining: 2 },
    { path, method: "PUT", timeoutRate: 1, timeoutMs: 1500, remaining: 1 },
  ]);

  const { user: admin } = await serviceOwnerMember(db, { role: "ADMIN", name: "Godkjenner Gro" });
  const { context: ownerContext, page: owner } = await asOther(admin);
  await owner.goto(`/orgs/${SKD}/approvals?resource=&status=SUBMITTED`);
  await owner.getByRole("link", { name: identifier }).first().click();
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText(`Access request: ${identifier}`);
  await owner.getByRole("button", { name: "Approve" }).click();
  await expect(owner.getByTestId("decision-outcome")).toHaveText(/^Approved\. Access is (being set up|active)\.$/);

  // The consumer's page follows the grant to Active, with the whole timeline.
  await expectStatus(page, "Active", 90_000);
  await expect(page.getByTestId("access-request-timeline").locator("li")).toHaveCount(4);
  const grants = await scopeAccess(scope, consumer.organisation.orgNumber);
  expect(grants).toEqual([expect.objectContaining({ state: "APPROVED" })]);
  expect(await registryMembers(listIdentifier)).toEqual([consumer.organisation.orgNumber]);
  // The request log (paths carry the query) shows the faults really happened, and one grant was created.
  const puts = (await emulatorState()).requests.filter(
    (r) => r.method === "PUT" && new RegExp(path).test(r.path.split("?")[0]!),
  );
  const faulted = puts.filter((r) => (r.status ?? 0) >= 500 || (r as { fault?: string }).fault === "timeout");
  expect(faulted.length).toBe(3);
  expect(puts.length).toBeGreaterThan(faulted.length);
  expect(puts.filter((r) => r.status === 201).length).toBeLessThanOrEqual(1);

  // Revoking removes the grant upstream and tells the consumer why.
  await owner.reload();
  await owner.getByRole("button", { name: "Revoke access" }).click();
  await expect(owner.locator("#revoke-reason-error")).toHaveText("This field is required.");
  await owner.getByRole("textbox", { name: "Reason for revoking" }).fill("The agreement has ended.");
  await owner.getByRole("button", { name: "Revoke access" }).click();
  await expect(owner.getByTestId("access-request-status")).toHaveText("Revoked");
  await expect
    .poll(async () => (await scopeAccess(scope, consumer.organisation.orgNumber))[0]?.state, { timeout: 60_000 })
    .toBe("DENIED");
  await expect.poll(() => registryMembers(listIdentifier), { timeout: 60_000 }).toEqual([]);
  await page.reload();
  await expect(page.getByTestId("access-request-status")).toHaveText("Revoked");
  await expect(page.getByTestId("decision-reason")).toHaveText("The agreement has ended.");

  // Both parties were notified; opening the page marks them seen.
  await page.goto(`/orgs/${consumer.organisation.orgNumber}/notifications`);
  await expect(page.getByTestId("notification").first()).toContainText(`revoked access to ${identifier}`);
  await page.reload();
  await expect(page.locator('[data-testid="notification"][data-unread="true"]')).toHaveCount(0);
  expect(await db.accessRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
    status: "REVOKED",
    openKey: null,
  });

  // Every step is in the owner's audit log, which its administrators can download as CSV.
  const csv = await owner.request.get(`/orgs/${SKD}/audit/export`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("time,actor,action,target_type,target_id,summary,correlation_id");
  expect(text).toMatch(
    new RegExp(`Godkjenner Gro,access-request.decide,access-request,${requestId},Approved access to ${identifier}`),
  );
  expect(text).toContain(`access-request.revoke,access-request,${requestId},Revoked access to ${identifier}`);
  await ownerContext.close();
});
