import { serviceOwnerMember } from "../test/factories";
import { expect, test } from "./support/fixtures";
import {
  SKD,
  scopeAccess,
  expectStatus,
  expectAccessible,
  approveAtOnce,
  consumerAsksForAccess,
  consumerWithAdmin,
  requestAccess,
} from "./support/access-request-journey";

test.describe.configure({ timeout: 120_000 });

test("two admins decide at once, an editor cannot, other consumers see nothing, and a denial is explained", async ({
  page,
  db,
  loginAs,
  asOther,
}) => {
  const { s, scope, identifier, consumer, requestId } = await consumerAsksForAccess(page, db, loginAs, "Sparebanken");
  const approvalPath = `/orgs/${SKD}/approvals/${requestId}`;

  // An editor of the owner sees the request read-only.
  const { user: editor } = await serviceOwnerMember(db, { role: "EDITOR", name: "Redaktør Rolf" });
  const { context: editorContext, page: editorPage } = await asOther(editor);
  await editorPage.goto(approvalPath);
  await expect(
    editorPage.getByText("Only administrators of the organisation decide on access requests."),
  ).toBeVisible();
  await expect(editorPage.getByRole("button", { name: "Approve" })).toHaveCount(0);
  expect((await editorPage.request.get(`/orgs/${SKD}/audit/export`)).status()).toBe(403);
  await editorContext.close();

  // Another consumer cannot see the request, neither under its own organisation nor under the requester's.
  const other = await consumerWithAdmin(db, `Annenbanken ${s}`);
  const { context: otherContext, page: otherPage } = await asOther(other.user);
  expect((await otherPage.goto(`/orgs/${other.organisation.orgNumber}/access-requests/${requestId}`))?.status()).toBe(
    404,
  );
  expect(
    (await otherPage.goto(`/orgs/${consumer.organisation.orgNumber}/access-requests/${requestId}`))?.status(),
  ).toBe(404);
  await otherContext.close();

  // Two administrators press Approve at the same moment: one decision stands, the other is told who made it.
  const admins = await Promise.all(
    ["Anne Admin", "Bjørn Admin"].map((name) => serviceOwnerMember(db, { role: "ADMIN", name })),
  );
  const pages = await Promise.all(
    admins.map(async ({ user }) => {
      const { page: adminPage } = await asOther(user);
      await adminPage.goto(approvalPath);
      return adminPage;
    }),
  );
  const outcomes = await approveAtOnce(pages);
  const approved = /^Approved\. Access is (being set up|active)\.$/;
  expect(outcomes.filter((o) => approved.test(o))).toHaveLength(1);
  expect(outcomes.find((o) => !approved.test(o))).toMatch(/already decided by (Anne|Bjørn) Admin/);
  expect(await db.auditEvent.count({ where: { action: "access-request.decide", targetId: requestId } })).toBe(1);
  await expectStatus(page, "Active", 60_000);
  await expect
    .poll(async () => (await scopeAccess(scope, consumer.organisation.orgNumber)).map((a) => a.state))
    .toEqual(["APPROVED"]);
  await Promise.all(pages.map((adminPage) => adminPage.context().close()));

  // A second consumer is denied: the reason is required, and shown to the consumer.
  const denied = await consumerWithAdmin(db, `Nektebanken ${s}`);
  const { context: deniedContext, page: deniedPage } = await asOther(denied.user);
  const deniedId = await requestAccess(deniedPage, denied.organisation.orgNumber, identifier, scope);
  const { user: admin } = await serviceOwnerMember(db, { role: "ADMIN", name: "Avslag Astrid" });
  const { context: adminContext, page: adminPage } = await asOther(admin);
  await adminPage.goto(`/orgs/${SKD}/approvals/${deniedId}`);
  await adminPage.getByRole("button", { name: "Deny" }).click();
  await expect(adminPage.locator("#decision-reason-error")).toHaveText(
    "Give a reason when you deny: the consumer sees it.",
  );
  await adminPage.getByRole("textbox", { name: "Reason" }).fill("Only banks with a licence may use this service.");
  await adminPage.getByRole("button", { name: "Deny" }).click();
  await expect(adminPage.getByTestId("decision-outcome")).toHaveText("Denied. The consumer has been told why.");
  await deniedPage.reload();
  await expect(deniedPage.getByTestId("access-request-status")).toHaveText("Denied");
  await expect(deniedPage.getByTestId("access-request-timeline")).toContainText(
    "Reason: Only banks with a licence may use this service.",
  );
  // Nothing was granted upstream for the denied consumer.
  expect(await scopeAccess(scope, denied.organisation.orgNumber)).toEqual([]);
  for (const path of [
    `/orgs/${SKD}/approvals?status=ALL`,
    `/orgs/${SKD}/approvals/${deniedId}`,
    `/orgs/${SKD}/notifications`,
  ]) {
    await expectAccessible(adminPage, path);
  }
  const consumerOrg = denied.organisation.orgNumber;
  for (const path of [
    `/orgs/${consumerOrg}/access-requests`,
    `/orgs/${consumerOrg}/access-requests/${deniedId}`,
    `/orgs/${consumerOrg}/access-requests/new`,
  ]) {
    await expectAccessible(deniedPage, path);
  }
  await deniedContext.close();
  await adminContext.close();
});
