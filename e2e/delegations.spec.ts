import { createOrganisation, createUser } from "../test/factories";
import { DCR_SCOPES, delegateToPortal } from "./support/consumer-setup";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";

test("a member sees exactly which scope is not delegated, and the fix shows after delegating", async ({
  page,
  member,
}) => {
  const { organisation } = await member("ADMIN", { person: "Dina Delegate", organisation: "Delegasjon Bank AS" });
  // In the test environment the bank has delegated one of the three scopes; in production none.
  await delegateToPortal(organisation.orgNumber, ["idporten:dcr.read"]);
  await page.goto(`/orgs/${organisation.orgNumber}`);

  const testEnv = page.getByTestId("delegations-test");
  await expect(testEnv.getByText("2 scopes are not delegated:")).toBeVisible();
  await expect(testEnv.getByRole("listitem").filter({ hasText: "idporten:dcr.modify" }).first()).toBeVisible();
  await expect(testEnv.getByText(/Access management → Maskinporten scopes delegated to suppliers/)).toContainText(
    "Digitaliseringsdirektoratet (991825827)",
  );
  await expect(page.getByTestId("delegations-prod").getByText("3 scopes are not delegated:")).toBeVisible();

  // Every check was a real token request with consumer_org, scope by scope.
  const requests = (await emulatorState()).requests.filter((r) => r.path === "/test/maskinporten/token");
  expect(requests.length).toBeGreaterThanOrEqual(3);

  await delegateToPortal(organisation.orgNumber, DCR_SCOPES);
  await testEnv.getByRole("button", { name: "Check again" }).click();
  await expect(testEnv.getByText("Every scope the portal needs is delegated.")).toBeVisible();
});

test("the delegation status comes with the overview itself, checked while it streams", async ({ page, member }) => {
  const { organisation } = await member("VIEWER");
  await delegateToPortal(organisation.orgNumber, ["idporten:dcr.read"]);
  const since = new Date().toISOString();
  // The document as it arrives, before any script of it has run: the check streamed into it, asked of the emulator.
  const html = await (
    await page.context().request.get(`/orgs/${organisation.orgNumber}`, { headers: { "accept-language": "en" } })
  ).text();
  expect(html).toContain("2 scopes are not delegated:");
  expect(html).toContain("3 scopes are not delegated:");
  const asked = (await emulatorState()).requests.filter(
    (r) => r.path.endsWith("/maskinporten/token") && ((r as { at?: string }).at ?? "") >= since,
  );
  expect(asked.length).toBeGreaterThanOrEqual(6);
});

test("the delegation status of another organisation is refused", async ({ db, loginAs, context }) => {
  const outsider = await createUser(db);
  const owner = await createUser(db);
  const organisation = await createOrganisation(db, { members: [{ userId: owner.id, role: "ADMIN" }] });
  await loginAs(outsider);
  const response = await context.request.get(`/api/orgs/${organisation.orgNumber}/delegations?environment=test`);
  expect(response.status()).toBe(404);
});
