import { decodeJwt } from "jose";
import { altinnHeaders } from "../emulator/test-support/altinn-token";
import { registerTestClient } from "../emulator/test-support/maskinporten-client";
import { createOrganisation, uniqueSuffix } from "../test/factories";
import { randomNationalIdentityNumber } from "../test/identifiers";
import { logInThroughAnsattporten, removeAltinnRights, setAltinnRights } from "./support/ansattporten-login";
import { consentApiReady, openRequestBuilder, PERSON } from "./support/consumer-setup";
import { E2E_EMULATOR_URL } from "./support/e2e-env";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import type { Page } from "@playwright/test";
import { publishTestService } from "./support/published-service";

// Suppliers ("on behalf of"): a consumer's administrator names a supplier and delegates the consent API to it through
// Altinn's supplier-delegation API, as themself. Altinn exchanges only ID-porten tokens for a person's Altinn token, so
// after the Ansattporten login the page asks the person to connect ID-porten for Altinn (the same person, or nothing
// is kept); the portal exchanges that token, and Altinn's decision point lets them act because they hold the access
// package Maskinporten administrator for the organisation. The supplier sees the customer, builds its
// request in the kit (with the handledBy text the person will read), sends it from its own system with consumer_org,
// and the consent token names it as supplier. A person without the package gets Altinn's refusal.

const CONSENT_WRITE = "altinn:consentrequests.write";
const CONSENT_READ = "altinn:consentrequests.read";
const PORTAL_ADMIN = "consent-portal-admin";
const MASKINPORTEN_ADMINISTRATOR = "urn:altinn:accesspackage:maskinporten-administrator";

/** How the emulator's approval page names an organisation it has no name for: "Testvirksomhet {orgnr} ({orgnr})". */
const emulatorName = (orgNumber: string) => `Testvirksomhet ${orgNumber} (${orgNumber})`;

type TAssignment = {
  consumerOrg: string;
  supplierOrg: string;
  resources: string[];
  changedBy?: { pid: string; partyUuid: string };
};

const administrator = { pid: randomNationalIdentityNumber(), name: "Anna Administrator" };
const supplierAdministrator = { pid: randomNationalIdentityNumber(), name: "Lena Leverandør" };
const withoutPackage = { pid: randomNationalIdentityNumber(), name: "Per Uten Pakke" };

/** The supplier page's second authorization: the emulator's ID-porten, logged in as `person`, back to the page. */
async function connectIdporten(page: Page, person: { pid: string; name: string }) {
  await expect(page.getByTestId("supplier-login")).toContainText("Altinn accepts only an ID-porten login for this");
  await page.getByRole("link", { name: "Connect ID-porten for Altinn" }).click();
  await expect(page).toHaveURL(/\/idporten\//);
  await page.getByLabel("National identity number").fill(person.pid);
  await page.getByLabel("Name").fill(person.name);
  await page.getByRole("button", { name: "Log in with this number" }).click();
  await expect(page).toHaveURL(/\/orgs\/\d{9}\/suppliers$/);
}

test.afterAll(async () => {
  for (const person of [administrator, supplierAdministrator, withoutPackage]) await removeAltinnRights(person.pid);
});

test("a consumer's administrator delegates to a supplier as themself, which builds and sends a consent request", async ({
  page,
  db,
  browser,
}) => {
  const consumer = await createOrganisation(db, { name: "Kundebanken AS" });
  const { identifier } = await publishTestService(db, uniqueSuffix());
  const supplier = await createOrganisation(db, { name: "Leverandøren AS" });
  // In Altinn: each administrator holds the portal's admin resource and Maskinporten administrator for their own
  // organisation; Digdir has granted the consumer the consent API.
  await setAltinnRights(administrator.pid, consumer.orgNumber, [PORTAL_ADMIN, MASKINPORTEN_ADMINISTRATOR]);
  await setAltinnRights(supplierAdministrator.pid, supplier.orgNumber, [PORTAL_ADMIN, MASKINPORTEN_ADMINISTRATOR]);
  await consentApiReady(consumer.orgNumber);

  await page.goto(`/orgs/${consumer.orgNumber}/suppliers`);
  await logInThroughAnsattporten(page, administrator, consumer.orgNumber);
  await expect(page).toHaveURL(new RegExp(`/orgs/${consumer.orgNumber}/suppliers$`));
  // The Ansattporten login is not enough for Altinn: the person connects ID-porten, as themself.
  await connectIdporten(page, administrator);

  // The consumer names the supplier.
  await expect(page.getByText("You have named no supplier.")).toBeVisible();
  await page.getByRole("button", { name: "Name a supplier" }).click();
  await page.getByLabel("Supplier's organisation number").fill(supplier.orgNumber);
  await page.getByRole("button", { name: "Delegate the consent API" }).click();
  await expect(page.getByText(`may now use the consent API for you in test.`)).toBeVisible();
  const row = page.getByTestId("supplier-table").getByRole("row").filter({ hasText: supplier.orgNumber });
  await expect(row).toContainText("Consent API (create requests, fetch tokens)");
  // Altinn recorded the delegation as made by that person.
  const state = (await emulatorState()) as unknown as { accessmanagement: { test: TAssignment[] } };
  expect(state.accessmanagement.test).toContainEqual(
    expect.objectContaining({
      consumerOrg: consumer.orgNumber,
      supplierOrg: supplier.orgNumber,
      resources: ["altinn-consentrequests-read", "altinn-consentrequests-write"],
      changedBy: { pid: administrator.pid, partyUuid: expect.any(String) },
    }),
  );

  // The supplier's administrator logs in (their own browser) and sees the customer, and builds a request for it.
  const supplierPage = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await supplierPage.goto(`/orgs/${supplier.orgNumber}/suppliers`);
  await logInThroughAnsattporten(supplierPage, supplierAdministrator, supplier.orgNumber);
  await connectIdporten(supplierPage, supplierAdministrator);
  const customers = supplierPage.getByTestId("customer-table");
  await expect(customers).toContainText(consumer.orgNumber);
  await customers.getByRole("link", { name: /^Build a request for / }).click();
  await expect(supplierPage).toHaveURL(new RegExp(`for=${consumer.orgNumber}`));
  await supplierPage.goto(`/orgs/${supplier.orgNumber}/integration?resource=${identifier}&for=${consumer.orgNumber}`);
  // The default template's handledBy text in the page's language, the customer named as Altinn knows it.
  await expect(supplierPage.getByTestId("handled-by-text")).toHaveText(
    `Leverandøren AS performs the lookup on behalf of Testvirksomhet ${consumer.orgNumber}.`,
  );
  await openRequestBuilder(supplierPage);
  await supplierPage.getByLabel("National identity number").fill(PERSON);
  await supplierPage.getByLabel("inntektsaar (required)").fill("2025");
  const json = supplierPage.getByTestId("snippet-json");
  await expect(json).toContainText(`"to": "urn:altinn:organization:identifier-no:${consumer.orgNumber}"`);
  await expect(json).toContainText('"inntektsaar": "2025"');
  const body = JSON.parse((await json.textContent()) ?? "{}") as { id: string; from: string; redirectUrl: string };

  // The supplier's own system sends it with its Maskinporten client and consumer_org, as the snippets say.
  const client = await registerTestClient(E2E_EMULATOR_URL, {
    orgNumber: supplier.orgNumber,
    scopes: [CONSENT_WRITE, CONSENT_READ],
  });
  const write = await client.accessToken(CONSENT_WRITE, { claims: { consumer_org: consumer.orgNumber } });
  const created = await fetch(`${E2E_EMULATOR_URL}/test/platform/accessmanagement/api/v1/enterprise/consentrequests`, {
    method: "POST",
    headers: altinnHeaders(write),
    body: JSON.stringify({ ...body, redirectUrl: `${E2E_EMULATOR_URL}/_emulator/health` }),
  });
  expect(created.status).toBe(201);
  const request = (await created.json()) as { viewUri: string; handledBy: string };
  expect(request.handledBy).toBe(`urn:altinn:organization:identifier-no:${supplier.orgNumber}`);

  // The person reads who handles it for the consumer, and approves.
  await supplierPage.goto(request.viewUri);
  await supplierPage.getByRole("button", { name: `Log in as Kari Nordmann (${PERSON})` }).click();
  // The template's handledBy text with Altinn's names for both (the emulator's register calls them Testvirksomhet …).
  await expect(
    supplierPage.getByText(
      `${emulatorName(supplier.orgNumber)} foretar dette oppslaget på vegne av ${emulatorName(consumer.orgNumber)}.`,
    ),
  ).toBeVisible();
  await supplierPage.getByRole("button", { name: "Approve" }).click();
  await supplierPage.waitForURL(/Status=OK/);

  const token = await client.accessToken(CONSENT_READ, {
    claims: {
      consumer_org: consumer.orgNumber,
      authorization_details: [{ type: "urn:altinn:consent", id: body.id, from: body.from }],
    },
  });
  const claims = decodeJwt(token);
  expect(claims.supplier).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${supplier.orgNumber}` });
  expect(claims.consumer).toEqual({ authority: "iso6523-actorid-upis", ID: `0192:${consumer.orgNumber}` });
  expect(claims.authorization_details).toEqual([
    expect.objectContaining({ id: body.id, handledBy: `urn:altinn:organization:identifier-no:${supplier.orgNumber}` }),
  ]);

  // The consumer revokes: the supplier loses the customer, and Maskinporten refuses it consumer_org.
  await page.reload();
  await row.getByRole("button", { name: `Revoke Testvirksomhet ${supplier.orgNumber}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("You have named no supplier.")).toBeVisible();
  await supplierPage.goto(`/orgs/${supplier.orgNumber}/suppliers`);
  await expect(supplierPage.getByText("No organisation has named you as its supplier.")).toBeVisible();
  await expect(client.accessToken(CONSENT_WRITE, { claims: { consumer_org: consumer.orgNumber } })).rejects.toThrow();
});

test("a person without Maskinporten administrator gets Altinn's refusal; ID-porten as another person keeps nothing", async ({
  page,
  db,
  member,
}) => {
  const consumer = await createOrganisation(db, { name: "Kundebanken AS" });
  await setAltinnRights(withoutPackage.pid, consumer.orgNumber, [PORTAL_ADMIN]);
  await page.goto(`/orgs/${consumer.orgNumber}/suppliers`);
  await logInThroughAnsattporten(page, withoutPackage, consumer.orgNumber);
  // Connecting ID-porten as someone else is refused, and the page still asks for the connection.
  await page.getByRole("link", { name: "Connect ID-porten for Altinn" }).click();
  await page.getByLabel("National identity number").fill(administrator.pid);
  await page.getByLabel("Name").fill(administrator.name);
  await page.getByRole("button", { name: "Log in with this number" }).click();
  await expect(
    page.getByText("You logged in at ID-porten as another person than the one signed in here."),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Connect ID-porten for Altinn" })).toBeVisible();
  await page.goto(`/orgs/${consumer.orgNumber}/suppliers`);
  await connectIdporten(page, withoutPackage);
  await expect(
    page.getByText("Altinn does not let you manage this organisation's Maskinporten delegations.", { exact: false }),
  ).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Delegate the consent API" })).toHaveCount(0);
  const state = (await emulatorState()) as unknown as { accessmanagement: { test: TAssignment[] } };
  expect(state.accessmanagement.test.filter((a) => a.consumerOrg === consumer.orgNumber)).toEqual([]);

  // A session without an ID-porten token (here one minted for the test) cannot call Altinn as the person.
  await page.context().clearCookies();
  const { organisation } = await member("ADMIN");
  await page.goto(`/orgs/${organisation.orgNumber}/suppliers`);
  await expect(page.getByTestId("supplier-login")).toContainText("connect ID-porten for Altinn");
  await expect(page.getByRole("link", { name: "Connect ID-porten for Altinn" })).toBeVisible();
});
