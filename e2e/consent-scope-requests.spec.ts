import type { Page } from "@playwright/test";
import { createUser, uniqueSuffix } from "../test/factories";
import { CONSENT_SCOPES, DCR_SCOPES, delegateToPortal, grantConsentScopeRequest } from "./support/consumer-setup";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { openCreateClient } from "./support/maskinporten-clients";

// A consumer asks Digdir for the consent API scopes; a platform administrator decides in /admin/consent-scopes.

type TAccess = { scope: string; state: string; consumer_orgno: string };

const scopeAccess = async (orgNumber: string) =>
  ((await emulatorState()).maskinporten.test as unknown as { scopeAccess: TAccess[] }).scopeAccess.filter(
    (a) => a.consumer_orgno === orgNumber,
  );

const clientsOf = async (orgNumber: string) =>
  (
    (await emulatorState()).maskinporten.test as unknown as {
      clients: { client_id: string; client_name: string; client_orgno: string; scopes: string[] }[];
    }
  ).clients.filter((c) => c.client_orgno === orgNumber);

async function requestScopes(page: Page, orgNumber: string) {
  await page.goto(`/orgs/${orgNumber}/clients/test`);
  const panel = page.getByTestId("consent-scopes");
  await expect(panel).toContainText("Not requested yet.");
  await panel.getByRole("button", { name: "Request the consent API scopes" }).click();
  await expect(panel).toContainText("Requested: waiting for Digdir.");
  await expect(panel.getByRole("button")).toHaveCount(0); // one pending request per organisation and environment
  return panel;
}

test("a consumer requests the consent API scopes and sees them granted once Maskinporten has them", async ({
  page,
  db,
  member,
  asOther,
}) => {
  const { organisation } = await member("EDITOR", { person: "Siv Samtykke", organisation: "Samtykkebanken AS" });
  const operator = await createUser(db, { name: "Per Plattform", isPlatformAdmin: true });
  const panel = await requestScopes(page, organisation.orgNumber);

  const { context: adminContext, page: adminPage } = await asOther(operator);
  await adminPage.goto("/admin");
  await adminPage.getByRole("link", { name: "Consent API scope requests" }).click();
  const request = adminPage.locator(`[data-testid="consent-scope-request"][data-org="${organisation.orgNumber}"]`);
  await request.getByRole("button", { name: "Grant: Samtykkebanken AS" }).click();
  const decided = adminPage.locator(`[data-testid="consent-scope-decided"][data-org="${organisation.orgNumber}"]`);
  await expect(decided).toHaveAttribute("data-state", "granted", { timeout: 30_000 });
  await adminContext.close();

  await expect
    .poll(async () => (await scopeAccess(organisation.orgNumber)).map((a) => `${a.scope} ${a.state}`).sort())
    .toEqual(CONSENT_SCOPES.map((scope) => `${scope} APPROVED`));
  await page.reload();
  await expect(panel).toHaveAttribute("data-state", "granted");
  await expect(panel).toContainText("Granted: your clients may use the consent API scopes.");
});

test("a refusal needs a reason, and the consumer sees it", async ({ page, db, member, asOther }) => {
  const { organisation } = await member("ADMIN", { organisation: "Avslagsbanken AS" });
  const panel = await requestScopes(page, organisation.orgNumber);

  const { context: adminContext, page: adminPage } = await asOther(await createUser(db, { isPlatformAdmin: true }));
  await adminPage.goto("/admin/consent-scopes");
  const request = adminPage.locator(`[data-testid="consent-scope-request"][data-org="${organisation.orgNumber}"]`);
  await request.getByRole("button", { name: "Refuse: Avslagsbanken AS" }).click();
  await expect(request.getByRole("alert")).toContainText("Say why the request is refused");
  await request.getByLabel("Reason for refusing").fill("Signer bruksvilkårene for Maskinporten først.");
  await request.getByRole("button", { name: "Refuse: Avslagsbanken AS" }).click();
  await expect(
    adminPage.locator(`[data-testid="consent-scope-decided"][data-org="${organisation.orgNumber}"]`),
  ).toHaveAttribute("data-state", "refused");
  await adminContext.close();

  await page.reload();
  await expect(panel).toContainText("Refused by Digdir: Signer bruksvilkårene for Maskinporten først.");
  await expect(panel.getByRole("button", { name: "Request again" })).toBeVisible();
  // Nothing was granted upstream.
  expect(await scopeAccess(organisation.orgNumber)).toEqual([]);
});

test("a client picked with a scope still being granted waits, and is created in Maskinporten when the grant arrives", async ({
  page,
  db,
  member,
  asOther,
}) => {
  const { organisation } = await member("EDITOR", { person: "Vera Venter", organisation: "Ventebanken AS" });
  const org = organisation.orgNumber;
  await delegateToPortal(org, DCR_SCOPES);
  await requestScopes(page, org);

  // Asked for, not granted: the scope may be picked now, and the form says what will happen.
  const name = `Ventende klient ${uniqueSuffix()}`;
  await openCreateClient(page);
  await expect(page.getByLabel("altinn:consentrequests.read")).toBeEnabled();
  await expect(page.getByTestId("scope-waits-for-grant").first()).toContainText(
    "created in Maskinporten automatically",
  );
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("altinn:consentrequests.read").check();
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(page.getByText(`The client ${name} was saved. It waits for Digdir's grant`)).toBeVisible();
  const card = page.locator(`[data-testid="client-card"][data-client="${name}"]`);
  await expect(card.getByTestId("client-waiting")).toContainText(
    "Waiting for Digdir's grant of altinn:consentrequests.read; the client will be created in Maskinporten automatically.",
  );
  await expect(card.getByTestId("client-id")).toHaveText("Not created in Maskinporten yet");
  expect(await clientsOf(org)).toEqual([]);

  const { context: adminContext, page: adminPage } = await asOther(await createUser(db, { isPlatformAdmin: true }));
  await grantConsentScopeRequest(adminPage, org);
  await adminContext.close();

  // No click and no reload: the page follows the client into Maskinporten.
  await expect(card.getByTestId("client-sync")).toHaveAttribute("data-status", "SYNCED", { timeout: 30_000 });
  await expect(card.getByTestId("client-waiting")).toHaveCount(0);
  const [upstream] = await clientsOf(org);
  expect(upstream).toMatchObject({ client_name: name, scopes: ["altinn:consentrequests.read"] });
  await expect(card.getByTestId("client-id")).toHaveText(upstream!.client_id);
});
