import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { registerTestClient } from "../emulator/test-support/maskinporten-client";
import { createOrganisation, createUser, uniqueSuffix } from "../test/factories";
import {
  CONSENT_SCOPES,
  DCR_SCOPES,
  delegateToPortal,
  grantConsentScopeRequest,
  OPERATOR,
} from "./support/consumer-setup";
import { emulatorState } from "./support/emulator";
import { E2E_EMULATOR_URL } from "./support/e2e-env";
import { openCreateClient } from "./support/maskinporten-clients";
import { expect, test } from "./support/fixtures";

// A new consumer works through its onboarding checklist; each step is verified live against the emulator.

type TAccess = { scope: string; state: string; consumer_orgno: string };
type TClient = { client_name: string; client_orgno: string; scopes: string[] };

const upstream = async () =>
  (await emulatorState()).maskinporten.test as unknown as { scopeAccess: TAccess[]; clients: TClient[] };
async function checkAgain(page: Page) {
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(page.getByRole("button", { name: "Check again" })).toBeEnabled();
}

const step = (page: Page, key: string) => page.getByTestId(`step-${key}`);

test("a new consumer goes through its checklist, re-verified against the APIs", async ({
  page,
  db,
  member,
  asOther,
}) => {
  const names = { person: "Astrid Sjekk", organisation: `Sjekklistebanken ${uniqueSuffix()} AS` };
  test.setTimeout(120_000);
  const { organisation } = await member("ADMIN", names);
  const viewer = await createUser(db, { name: "Vilde Viser" });
  await db.membership.create({ data: { userId: viewer.id, organisationId: organisation.id, role: "VIEWER" } });
  const org = organisation.orgNumber;
  await delegateToPortal(org, DCR_SCOPES);
  await page.goto(`/orgs/${org}`);
  await page.getByRole("link", { name: "Checklist" }).click();
  await expect(page.getByRole("heading", { name: "Onboarding checklist", level: 1 })).toBeVisible();
  await expect(page.getByTestId("checklist-progress")).toHaveText("0 of 5 steps done");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");
  for (const key of ["connection", "client", "consentScopes", "services"])
    await expect(step(page, key)).toHaveAttribute("data-state", "missing");
  await expect(step(page, "services").getByRole("link", { name: "Find a service in the catalogue" })).toHaveAttribute(
    "href",
    "/catalog",
  );
  await expect(step(page, "client").getByRole("link", { name: "Create or change a client" })).toHaveAttribute(
    "href",
    `/orgs/${org}/clients/test`,
  );
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // (a) The attestation: the box must be ticked, then the step is done.
  await page.getByRole("button", { name: "Attest" }).click();
  await expect(page.locator("#attest-accepted-error")).toContainText(
    "Confirm that the organisation has accepted the terms of use.",
  );
  await page.getByLabel("The organisation has accepted Maskinporten's terms of use, version 2024-01").check();
  await page.getByRole("button", { name: "Attest" }).click();
  await expect(page.getByText("The connection is attested.")).toBeVisible();
  await expect(step(page, "connection")).toHaveAttribute("data-state", "done");
  // The step is done, so its form is gone; only this visit's outcome stays.
  await expect(page.getByRole("button", { name: "Attest" })).toHaveCount(0);
  await expect(step(page, "connection")).toContainText("Astrid Sjekk attested");
  await expect(page.getByTestId("checklist-progress")).toHaveText("1 of 5 steps done");

  // (c) The consent API scopes: requested here, granted by a platform administrator.
  await page.goto(`/orgs/${org}/clients/test`);
  await page.getByTestId("consent-scopes").getByRole("button", { name: "Request the consent API scopes" }).click();
  await expect(page.getByTestId("consent-scopes")).toContainText("Requested: waiting for Digdir.");
  const { context: adminContext, page: adminPage } = await asOther(await createUser(db, { isPlatformAdmin: true }));
  await grantConsentScopeRequest(adminPage, org);
  await expect
    .poll(
      async () =>
        (await upstream()).scopeAccess.filter((a) => a.consumer_orgno === org && a.state === "APPROVED").length,
    )
    .toBe(2);

  // (b) A client with both consent scopes, made through the UI.
  const name = `Sjekkliste-klient ${uniqueSuffix()}`;
  await page.reload();
  await openCreateClient(page);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Make a new key pair in this browser").check();
  for (const scope of CONSENT_SCOPES) await page.getByLabel(scope).check();
  await page.getByRole("button", { name: "Create client" }).click();
  await expect(
    page.locator(`[data-testid="client-card"][data-client="${name}"]`).getByTestId("client-sync"),
  ).toHaveAttribute("data-status", "SYNCED", { timeout: 30_000 });
  expect((await upstream()).clients.filter((c) => c.client_orgno === org)).toEqual([
    expect.objectContaining({ client_name: name, scopes: CONSENT_SCOPES }),
  ]);

  await page.goto(`/orgs/${org}/checklist?environment=test`);
  await checkAgain(page);
  await expect(step(page, "client")).toHaveAttribute("data-state", "done");
  await expect(step(page, "client")).toContainText(name);
  await expect(step(page, "consentScopes")).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("checklist-progress")).toHaveText("3 of 5 steps done");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3");

  // Digdir withdraws one grant upstream (as the operator, through the admin API): the live check notices.
  const digdir = await registerTestClient(E2E_EMULATOR_URL, { orgNumber: OPERATOR, scopes: ["idporten:scopes.write"] });
  const revoked = await fetch(
    `${E2E_EMULATOR_URL}/test/maskinporten-admin/api/v1/scopes/access/${org}?scope=${encodeURIComponent(CONSENT_SCOPES[1]!)}`,
    {
      method: "DELETE",
      headers: { authorization: `Bearer ${await digdir.accessToken("idporten:scopes.write")}` },
    },
  );
  expect(revoked.ok).toBe(true);
  expect(
    (await upstream()).scopeAccess.find((a) => a.consumer_orgno === org && a.scope === CONSENT_SCOPES[1])?.state,
  ).not.toBe("APPROVED");
  await checkAgain(page);
  await expect(step(page, "consentScopes")).toHaveAttribute("data-state", "missing");
  await expect(step(page, "consentScopes")).toContainText(CONSENT_SCOPES[1]!);
  await expect(page.getByTestId("checklist-progress")).toHaveText("2 of 5 steps done");
  await adminContext.close();

  // A viewer sees the same checklist, but no attestation form.
  const { context: viewerContext, page: viewerPage } = await asOther(viewer);
  await viewerPage.goto(`/orgs/${org}/checklist`);
  await expect(viewerPage.getByTestId("checklist-progress")).toHaveText("2 of 5 steps done");
  await expect(viewerPage.getByRole("button", { name: "Attest" })).toHaveCount(0);
  await expect(viewerPage.getByText("Only administrators can attest the connection.")).toBeVisible();
  await viewerContext.close();
});

test("platform administrators see each consumer's progress from the portal's records", async ({
  page,
  db,
  loginAs,
}) => {
  const admin = await createUser(db);
  const organisation = await createOrganisation(db, { members: [{ userId: admin.id, role: "ADMIN" }] });
  await db.connectionAttestation.create({
    data: { organisationId: organisation.id, environment: "TEST", termsVersion: "2024-01", attestedById: admin.id },
  });
  await loginAs(await createUser(db, { isPlatformAdmin: true }));
  await page.goto("/admin");
  await page.getByRole("link", { name: "Consumer onboarding progress" }).click();
  await expect(
    page.getByText("From the portal's records; open the organisation's checklist for a live check."),
  ).toBeVisible();
  const row = page.getByTestId(`consumer-${organisation.orgNumber}`);
  await expect(row.getByTestId("progress-test")).toHaveText("1 of 5");
  await expect(row.getByTestId("progress-prod")).toHaveText("0 of 5");
  // The records agree with the emulator: the attested organisation has no client there yet.
  expect((await upstream()).clients.filter((c) => c.client_orgno === organisation.orgNumber)).toEqual([]);
});

test("the checklist's steps are the status route's, started by the browser as it reads the page, asked once", async ({
  page,
  member,
}) => {
  const { organisation } = await member("ADMIN");
  const status = `/orgs/${organisation.orgNumber}/checklist/status?environment=test`;
  // The document as it arrives: the portal's records only, and the check for the browser to start at once.
  const html = await (
    await page
      .context()
      .request.get(`/orgs/${organisation.orgNumber}/checklist`, { headers: { "accept-language": "en" } })
  ).text();
  expect(fetchPreloadsIn(html)).toContainEqual(expect.stringContaining(`href="${status}"`));
  expect(html).not.toContain('data-testid="step-client"');
  // In the browser the preload is the one ask: the view takes it over, and the steps show.
  const statusCalls: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/checklist/status")) statusCalls.push(request.url());
  });
  await page.goto(`/orgs/${organisation.orgNumber}/checklist`);
  await expect(page.getByTestId("checklist-progress")).toHaveText(/\d of 5 steps done/);
  await expect(page.getByTestId("step-client")).toBeVisible();
  await expect(page.getByRole("button", { name: "Check again" })).toBeEnabled();
  expect(statusCalls).toHaveLength(1);
});

/** The `<link rel="preload" as="fetch" crossorigin="anonymous">` elements in a document's head, as sent. */
function fetchPreloadsIn(html: string): string[] {
  const head = html.slice(0, html.indexOf("</head>"));
  return [...head.matchAll(/<link rel="preload"[^>]*>/g)]
    .map((match) => match[0])
    .filter((link) => link.includes('as="fetch"') && link.includes('crossorigin="anonymous"'));
}
