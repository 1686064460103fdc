import { decodeJwt } from "jose";
import { altinnHeaders } from "../emulator/test-support/altinn-token";
import { registerTestClient } from "../emulator/test-support/maskinporten-client";
import { createOrganisation, createUser, uniqueSuffix } from "../test/factories";
import { consentApiReady, delegateToPortal, PERSON } from "./support/consumer-setup";
import { E2E_EMULATOR_URL } from "./support/e2e-env";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { publishTestService } from "./support/published-service";

// Suppliers ("on behalf of"): a consumer names a supplier and delegates the consent API to it through Altinn's
// supplier-delegation API; the supplier sees the customer, builds its request in the kit (with the handledBy text the
// person will read), sends it from its own system with consumer_org, and the consent token names it as supplier.

const ENDUSER = "altinn:accessmanagement/enduser:";
const CONSENT_WRITE = "altinn:consentrequests.write";
const CONSENT_READ = "altinn:consentrequests.read";

/** How the emulator's approval page names an organisation it has no name for: "Testvirksomhet {orgnr} ({orgnr})". */
const emulatorName = (orgNumber: string) => `Testvirksomhet ${orgNumber} (${orgNumber})`;

type TAssignment = { consumerOrg: string; supplierOrg: string; resources: string[] };

test("a consumer delegates to a supplier, which builds and sends a consent request for it", async ({
  page,
  db,
  member,
  asOther,
}) => {
  const { organisation: consumer } = await member("ADMIN", { organisation: "Kundebanken AS" });
  const { identifier } = await publishTestService(db, uniqueSuffix());
  const supplierUser = await createUser(db, { name: "Lena Leverandør" });
  const supplier = await createOrganisation(db, {
    name: "Leverandøren AS",
    members: [{ userId: supplierUser.id, role: "ADMIN" }],
  });
  // In Altinn: the consumer lets the portal administer its suppliers and use the consent API; the supplier lets the
  // portal read its customers.
  await consentApiReady(consumer.orgNumber);
  await delegateToPortal(consumer.orgNumber, [
    `${ENDUSER}maskinportensuppliers.read`,
    `${ENDUSER}maskinportensuppliers.write`,
  ]);
  await delegateToPortal(supplier.orgNumber, [`${ENDUSER}maskinportenconsumers.read`]);

  // The consumer names the supplier.
  await page.goto(`/orgs/${consumer.orgNumber}/suppliers`);
  await expect(page.getByText("You have named no supplier.")).toBeVisible();
  await page.getByLabel("Supplier's organisation number").fill(supplier.orgNumber);
  await page.getByRole("button", { name: "Delegate the consent API" }).click();
  await expect(page.getByText(`may now use the consent API for you in test.`)).toBeVisible();
  const row = page.getByTestId("supplier-table").getByRole("row").filter({ hasText: supplier.orgNumber });
  await expect(row).toContainText("Consent API (create requests, fetch tokens)");
  const state = (await emulatorState()) as unknown as { accessmanagement: { test: TAssignment[] } };
  expect(state.accessmanagement.test).toContainEqual(
    expect.objectContaining({
      consumerOrg: consumer.orgNumber,
      supplierOrg: supplier.orgNumber,
      resources: ["altinn-consentrequests-read", "altinn-consentrequests-write"],
    }),
  );

  // The supplier sees its customer and builds a request for it in the kit.
  const { page: supplierPage } = await asOther(supplierUser);
  await supplierPage.goto(`/orgs/${supplier.orgNumber}/suppliers`);
  const customers = supplierPage.getByTestId("customer-table");
  await expect(customers).toContainText(consumer.orgNumber);
  await customers.getByRole("link", { name: /^Build a request for / }).click();
  await expect(supplierPage).toHaveURL(new RegExp(`for=${consumer.orgNumber}`));
  await supplierPage.goto(`/orgs/${supplier.orgNumber}/integration?resource=${identifier}&for=${consumer.orgNumber}`);
  // The default template's handledBy text in the page's language, the customer named as Altinn knows it.
  await expect(supplierPage.getByTestId("handled-by-text")).toHaveText(
    `Leverandøren AS performs the lookup on behalf of Testvirksomhet ${consumer.orgNumber}.`,
  );
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
