import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { PrismaClient } from "../lib/platform/db/create-prisma-client";
import { createUser, serviceOwnerMember, uniqueSuffix } from "../test/factories";
import {
  CONSENT_SCOPES,
  DCR_SCOPES,
  delegateToPortal,
  grantConsentScopeRequest,
  openRequestBuilder,
  OPERATOR,
  PERSON,
} from "./support/consumer-setup";
import { emulatorState } from "./support/emulator";
import { expect, test, type TAsOther } from "./support/fixtures";
import { openCreateClient } from "./support/maskinporten-clients";
import { publishTestService, SKD } from "./support/published-service";

// The whole consumer journey in the test environment, through the UI only: from an empty checklist to five steps
// done, each step confirmed in the emulator's state. What happens in Altinn's own UI (API delegation) is done
// through the emulator's control API, as the consumer would do it there.

const STEPS = ["connection", "client", "consentScopes", "services", "integration"];

type TMaskinporten = {
  scopeAccess: { scope: string; state: string; consumer_orgno: string }[];
  clients: { client_name: string; client_orgno: string; scopes: string[] }[];
};
type TConsentRequest = {
  id: string;
  to: string;
  status: string;
  consentRights: { metadata: Record<string, string> }[];
};
const maskinporten = async () => (await emulatorState()).maskinporten.test as unknown as TMaskinporten;
const consentRequests = async () =>
  ((await emulatorState()) as unknown as { "consent.requests": { test: TConsentRequest[] } })["consent.requests"].test;
const approved = async (org: string, scope: string) =>
  (await maskinporten()).scopeAccess.some(
    (a) => a.consumer_orgno === org && a.scope === scope && a.state === "APPROVED",
  );
const step = (page: Page, key: string) => page.getByTestId(`step-${key}`);

async function openChecklist(page: Page, org: string, done: number) {
  await page.goto(`/orgs/${org}/checklist?environment=test`);
  await expect(page.getByTestId("checklist-progress")).toHaveText(`${done} of 5 steps done`, { timeout: 20_000 });
}

async function approveAccessRequest(asOther: TAsOther, db: PrismaClient, identifier: string) {
  const { user } = await serviceOwnerMember(db, { role: "ADMIN" });
  const { context, page } = await asOther(user);
  await page.goto(`/orgs/${SKD}/approvals?resource=&status=SUBMITTED`);
  await page.getByRole("link", { name: identifier }).first().click();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("decision-outcome")).toHaveText(/^Approved\. Access is (being set up|active)\.$/);
  await context.close();
}

test.describe.configure({ timeout: 240_000 });

test("a new consumer goes from an empty checklist to every step done in test, through the UI", async ({
  page,
  db,
  member,
  asOther,
}) => {
  const suffix = uniqueSuffix();
  const { scope, identifier } = await publishTestService(db, suffix);
  const { organisation } = await member("ADMIN", { person: "Reise Admin", organisation: `Reisebanken ${suffix} AS` });
  const org = organisation.orgNumber;
  // In Altinn: the consumer lets the portal manage its Maskinporten clients.
  await delegateToPortal(org, DCR_SCOPES);

  await openChecklist(page, org, 0);
  for (const key of STEPS) await expect(step(page, key)).toHaveAttribute("data-state", "missing");
  await expect(step(page, "integration").getByRole("link", { name: "Open the integration kit" })).toHaveAttribute(
    "href",
    `/orgs/${org}/integration`,
  );

  // 1. The connection, attested by an administrator.
  await page.getByLabel("The organisation has accepted Maskinporten's terms of use, version 2024-01").check();
  await page.getByRole("button", { name: "Attest" }).click();
  await expect(step(page, "connection")).toHaveAttribute("data-state", "done");

  // 3. The consent API scopes, asked of Digdir and granted by a platform administrator.
  await page.goto(`/orgs/${org}/clients/test`);
  await page.getByTestId("consent-scopes").getByRole("button", { name: "Request the consent API scopes" }).click();
  await expect(page.getByTestId("consent-scopes")).toContainText("Requested: waiting for Digdir.");
  const operator = await asOther(await createUser(db, { isPlatformAdmin: true }));
  await grantConsentScopeRequest(operator.page, org);
  await operator.context.close();
  for (const consentScope of CONSENT_SCOPES) expect(await approved(org, consentScope)).toBe(true);

  // 4. Access to the service, asked from the catalogue and approved by the service owner.
  await page.goto(`/catalog/${identifier}`);
  await page.getByRole("link", { name: `Request access in test for ${organisation.name}` }).click();
  await page
    .getByRole("textbox", { name: "Message to the service owner" })
    .fill("We need income data for loan applications.");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByTestId("access-request-status")).toHaveText("Submitted");
  await approveAccessRequest(asOther, db, identifier);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("access-request-status")).toHaveText("Active", { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  expect(await approved(org, scope)).toBe(true);

  // 2. A client with the consent API scopes and the service's scope, its key made in the browser.
  const clientName = `Reiseklient ${suffix}`;
  await page.goto(`/orgs/${org}/clients/test`);
  await openCreateClient(page);
  await page.getByLabel("Name").fill(clientName);
  await page.getByLabel("Make a new key pair in this browser").check();
  for (const name of [...CONSENT_SCOPES, scope]) await page.getByLabel(name).check();
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(
    page.locator(`[data-testid="client-card"][data-client="${clientName}"]`).getByTestId("client-sync"),
  ).toHaveAttribute("data-status", "SYNCED", { timeout: 30_000 });
  expect((await maskinporten()).clients.filter((c) => c.client_orgno === org)).toEqual([
    expect.objectContaining({ client_name: clientName, scopes: [...CONSENT_SCOPES, scope] }),
  ]);

  await openChecklist(page, org, 4);

  // 5. The integration kit: the missing delegation is named with its fix, then the request is tried in test.
  await step(page, "integration").getByRole("link", { name: "Open the integration kit" }).click();
  await page.getByLabel("Consent resource").selectOption(identifier);
  await page.getByRole("button", { name: "Show" }).click();
  const preflight = page.getByTestId("kit-preflight");
  await expect(preflight).toHaveAttribute("data-state", "missing");
  await expect(preflight).toContainText(`altinn:consentrequests.write is not delegated to the portal (${OPERATOR}).`);
  await expect(preflight).toContainText(
    `In Altinn, under API delegation, delegate altinn:consentrequests.read, altinn:consentrequests.write to organisation ${OPERATOR}`,
  );
  await delegateToPortal(org, CONSENT_SCOPES);
  await preflight.getByRole("button", { name: "Check again" }).click();
  await expect(preflight).toHaveAttribute("data-state", "complete");
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // The rules are checked beside the fields before anything is sent.
  await openRequestBuilder(page);
  await page.getByLabel("National identity number").fill("01039012345");
  await page.getByRole("button", { name: "Try it in test" }).click();
  await expect(page.locator("#party-error")).toHaveText(
    "This is not a valid national identity number. Check the digits.",
  );
  await expect(page.locator("#metadata-inntektsaar-error")).toHaveText(
    "Fill in inntektsaar: the resource requires it.",
  );
  await page.getByLabel("National identity number").fill(PERSON);
  await page.getByLabel("inntektsaar (required)").fill("2025");
  await expect(page.getByTestId("snippet-json")).toContainText('"inntektsaar": "2025"');
  await expect(page.getByTestId("snippet-json")).toContainText(`"from": "urn:altinn:person:identifier-no:${PERSON}"`);
  await page.getByRole("tab", { name: "curl" }).click();
  await expect(page.getByTestId("snippet-curl")).toContainText("Authorization: Bearer $MASKINPORTEN_TOKEN");
  await page.getByRole("tab", { name: "TypeScript" }).click();
  await expect(page.getByTestId("snippet-typescript")).toContainText(`maskinportenToken(${JSON.stringify(scope)}`);
  await page.getByRole("button", { name: "Try it in test" }).click();
  await expect(page).toHaveURL(/[?&]id=[0-9a-f-]{36}/);
  const testId = new URL(page.url()).searchParams.get("id")!;
  await expect(page.getByTestId("integration-test-sync")).toHaveAttribute("data-status", "SYNCED", { timeout: 30_000 });
  expect((await consentRequests()).find((r) => r.id === testId)).toMatchObject({
    to: `urn:altinn:organization:identifier-no:${org}`,
    // Altinn spells statuses as its OpenAPI does (Created, Accepted); the portal compares them ignoring case.
    status: expect.stringMatching(/^created$/i),
    consentRights: [expect.objectContaining({ metadata: { inntektsaar: "2025" } })],
  });

  // The person logs in on Altinn's approval page and approves; Altinn sends the browser back to the kit.
  await page.getByRole("link", { name: "Open the approval page" }).click();
  await page.getByRole("button", { name: `Log in as Kari Nordmann (${PERSON})` }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  // Altinn appends Status=OK (not the id: the kit's own return address names the test); the kit then asks for the status.
  await expect(page).toHaveURL(new RegExp(`[?&]test=${testId}&Status=OK`));
  await expect(page.getByTestId("approval-return")).toHaveText(
    "Altinn sent you back with Status=OK: the person has answered.",
  );
  await expect(page.getByTestId("consent-status")).toHaveText("Status in Altinn: Accepted");
  expect((await consentRequests()).find((r) => r.id === testId)?.status).toMatch(/^accepted$/i);
  await page.getByRole("button", { name: "Fetch the consent token" }).click();
  const claims = page.getByTestId("consent-token-claims");
  await expect(claims).toContainText(`"id": "${testId}"`);
  await expect(claims).toContainText(`"ID": "0192:${org}"`);
  await expect(claims).toContainText('"inntektsaar": "2025"');
  await expect(page.getByTestId("integration-test-row").first()).toContainText("Obtained");

  await openChecklist(page, org, 5);
  for (const key of STEPS) await expect(step(page, key)).toHaveAttribute("data-state", "done");
  await expect(step(page, "integration")).toContainText(identifier);
});
