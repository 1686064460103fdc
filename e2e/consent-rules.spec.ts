import { randomUUID } from "node:crypto";
import { altinnHeaders } from "../emulator/test-support/altinn-token";
import { registerTestClient } from "../emulator/test-support/maskinporten-client";
import { createOrganisation } from "../test/factories";
import { randomNationalIdentityNumber } from "../test/identifiers";
import { setAltinnRights } from "./support/ansattporten-login";
import { CONSENT_SCOPES, grantScopeAccess, PERSON } from "./support/consumer-setup";
import { E2E_EMULATOR_URL } from "./support/e2e-env";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { draftWithOwnScope, openResourceEditor } from "./support/owner-resources";
import { SKD } from "./support/published-service";

// Issue 15.1's proof: the owner sets "only list A may request, the accountants' access package may approve", sees the
// policy, tries it for an organisation on and off the list, publishes; a consumer's consent request then follows those
// rules in the emulator (the one on the list gets its request created, the one off it is refused).

const CONSENT_WRITE = "altinn:consentrequests.write";
type TDecision = {
  resourceId: string;
  action: string;
  subject: { orgNumber?: string; pid?: string };
  decision: string;
};
const partyUrn = (kind: "person" | "organization", id: string) => `urn:altinn:${kind}:identifier-no:${id}`;

/** One right: consent to the resource for the income year 2025. */
const rightTo = (identifier: string) => ({
  action: ["consent"],
  resource: [{ type: "urn:altinn:resource", value: identifier }],
  metadata: { inntektsaar: "2025" },
});

/** A consumer's own system asks Altinn for consent with its Maskinporten token (no portal involved). */
async function sendConsentRequest(orgNumber: string, identifier: string, from = partyUrn("person", PERSON)) {
  await grantScopeAccess(orgNumber, CONSENT_SCOPES);
  const client = await registerTestClient(E2E_EMULATOR_URL, { orgNumber, scopes: [CONSENT_WRITE] });
  const body = {
    id: randomUUID(),
    from,
    to: partyUrn("organization", orgNumber),
    validTo: new Date(Date.now() + 86_400_000).toISOString(),
    consentRights: [rightTo(identifier)],
    redirectUrl: `${E2E_EMULATOR_URL}/_emulator/health`,
  };
  const url = `${E2E_EMULATOR_URL}/test/platform/accessmanagement/api/v1/enterprise/consentrequests`;
  const token = await client.accessToken(CONSENT_WRITE);
  return fetch(url, { method: "POST", headers: altinnHeaders(token), body: JSON.stringify(body) });
}
const requestConsent = async (orgNumber: string, identifier: string) =>
  (await sendConsentRequest(orgNumber, identifier)).status;

test.describe.configure({ timeout: 240_000 });

test("request and approve rules: only list A requests, accountants approve; tried, published and followed by Altinn", async ({
  page,
  db,
  serviceOwner,
}) => {
  const { suffix, identifier } = await draftWithOwnScope(db, await serviceOwner("ADMIN", "Regel Eier"), "cr", {
    accessListMode: "Enabled",
  });
  const listA = `e2e-cr-a-${suffix}`;
  const onList = (await createOrganisation(db, { name: `Listebank ${suffix}` })).orgNumber;
  const offList = (await createOrganisation(db, { name: `Utenfor ${suffix}` })).orgNumber;

  // List A with one member, connected to the resource in test (on the access-list pages).
  await page.goto(`/orgs/${SKD}/access-lists?environment=test`);
  await page.getByRole("button", { name: "New access list" }).click();
  await page.getByRole("textbox", { name: "Identifier" }).fill(listA);
  await page.getByRole("textbox", { name: "Name" }).fill(`Liste A ${suffix}`);
  await page.getByRole("button", { name: "Create list" }).click();
  await page.getByRole("link", { name: listA }).click();
  await page.getByRole("button", { name: "Add a member" }).click();
  await page.getByRole("textbox", { name: "Organisation number", exact: true }).fill(onList);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(`${onList} was added`);
  await page.getByRole("button", { name: "Link a resource" }).click();
  await page.getByRole("combobox", { name: "Consent resource" }).selectOption({ label: identifier });
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByTestId("linked-resources")).toContainText(identifier);
  await expect(page.getByTestId("list-sync")).toHaveAttribute("data-pending", "0", { timeout: 30_000 });

  // The editor shows the connected list and lets the owner choose the approvers.
  await page.goto(`/orgs/${SKD}/resources/${identifier}`);
  await openResourceEditor(page);
  const rules = page.getByTestId("consent-rules");
  await expect(rules.getByTestId("connected-lists-test")).toHaveText(`Connected in Test: ${listA}`);
  await expect(rules.getByRole("link", { name: "Connect or disconnect access lists" })).toBeVisible();
  await rules.getByRole("checkbox", { name: /\bdagl$/ }).uncheck();
  await rules.getByRole("checkbox", { name: /\bpriv$/ }).uncheck();
  // An Altinn 2 role code is flagged with the day it stops working.
  await rules.getByRole("checkbox", { name: /\ba0239 Altinn 2$/ }).check();
  await expect(rules.getByTestId("altinn2-warning")).toContainText("31 December 2026");
  await rules.getByRole("checkbox", { name: /\ba0239 Altinn 2$/ }).uncheck();
  await expect(rules.getByTestId("altinn2-warning")).toHaveCount(0);
  await rules.getByLabel("Filter access packages").fill("regnskapsfører");
  await rules.getByRole("checkbox", { name: /regnskapsforer-lonn$/ }).check();
  await rules.getByRole("checkbox", { name: /regnskapsforer-med-signeringsrettighet$/ }).check();

  // The policy: list A requests, the two packages approve, no role codes.
  await rules.getByRole("button", { name: "Show the policy (XACML)" }).click();
  const xml = rules.getByTestId("consent-policy-xml");
  await expect(xml).toContainText(
    `<xacml:AttributeValue DataType="http://www.w3.org/2001/XMLSchema#string">skd:${listA}`,
  );
  await expect(xml).toContainText("regnskapsforer-lonn");
  await expect(xml).toContainText('AttributeId="urn:altinn:accesspackage"');
  await expect(xml).not.toContainText("urn:altinn:rolecode");
  await expect(xml).not.toContainText("urn:altinn:partytype");

  // Try it (unsaved rules): the member may request, the outsider not; an accountant may approve.
  const tryIt = rules.getByTestId("consent-rules-try");
  const tryRequest = async (orgNumber: string) => {
    await tryIt.getByLabel("Organisation number").fill(orgNumber);
    await tryIt.getByRole("button", { name: "Try request" }).click();
  };
  await tryRequest(onList);
  await expect(tryIt.getByTestId("try-edited")).toHaveText("With these rules: allowed");
  await expect(tryIt.getByTestId("try-result")).toContainText(`Member of: ${listA}`);
  await tryRequest(offList);
  await expect(tryIt.getByTestId("try-edited")).toHaveText("With these rules: not allowed");
  await tryIt.getByLabel("Access package").selectOption("regnskapsforer-lonn");
  await tryIt.getByRole("button", { name: "Try approval" }).click();
  await expect(tryIt.getByTestId("try-edited")).toHaveText("With these rules: allowed");

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Saved as version 2.")).toBeVisible();

  // Publish to test.
  await page.goto(`/orgs/${SKD}/resources/${identifier}/publishing`);
  const testPanel = page.getByTestId("environment-TEST");
  await testPanel.getByRole("button", { name: "Publish to Test" }).click();
  await expect(testPanel.getByTestId("sync-state")).toHaveText("Synced", { timeout: 30_000 });

  // Altinn's decision point now answers the same for the published policy, through the portal's "Try it".
  await page.goto(`/orgs/${SKD}/resources/${identifier}`);
  await openResourceEditor(page);
  await tryRequest(onList);
  await expect(tryIt.getByTestId("try-published")).toHaveText(
    "Published policy in Test (Altinn's decision point): Permit",
  );
  await tryRequest(offList);
  await expect(tryIt.getByTestId("try-published")).toHaveText(
    "Published policy in Test (Altinn's decision point): NotApplicable",
  );

  // A consumer's own request follows the rules: created for the member, refused (403) for the outsider.
  expect(await requestConsent(onList, identifier)).toBe(201);
  expect(await requestConsent(offList, identifier)).toBe(403);
  const decisions = ((await emulatorState()) as unknown as Record<string, TDecision[]>)["authorization.decisions"]!;
  const requested = decisions.filter((d) => d.resourceId === identifier && d.action === "requestconsent");
  expect(requested.filter((d) => d.subject.orgNumber === onList).map((d) => d.decision)).toContain("Permit");
  expect(requested.filter((d) => d.subject.orgNumber === offList).every((d) => d.decision !== "Permit")).toBe(true);
  const approvals = decisions.filter((d) => d.resourceId === identifier && d.action === "consent");
  expect(approvals.length).toBeGreaterThan(0);

  // The approve rule in Altinn: a request from a company is answered by a person acting for it, whom the policy's
  // consent rule must name. The managing director (dagl, unchecked above) is refused; the accountant is not.
  const company = (await createOrganisation(db, { name: `Kunde ${suffix}` })).orgNumber;
  const [director, accountant] = [randomNationalIdentityNumber(), randomNationalIdentityNumber()];
  await setAltinnRights(director, company, ["urn:altinn:rolecode:dagl"]);
  await setAltinnRights(accountant, company, ["urn:altinn:accesspackage:regnskapsforer-lonn"]);
  const created = await sendConsentRequest(onList, identifier, partyUrn("organization", company));
  expect(created.status).toBe(201);
  const { id, viewUri } = (await created.json()) as { id: string; viewUri: string };
  const statusInAltinn = async () =>
    ((await emulatorState()) as unknown as { "consent.requests": { test: { id: string; status: string }[] } })[
      "consent.requests"
    ].test.find((request) => request.id === id)?.status;
  const logInOnApprovalPage = async (pid: string) => {
    await page.getByLabel("National identity number").fill(pid);
    await page.getByRole("button", { name: "Log in with this number" }).click();
  };
  await page.goto(viewUri);
  await logInOnApprovalPage(director);
  await expect(page.getByRole("alert")).toContainText("Not authorized for consent (AM-00000)");
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  expect(await statusInAltinn()).toBe("Created");
  await page.getByRole("button", { name: "Log out" }).click();
  await logInOnApprovalPage(accountant);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page).toHaveURL(/Status=OK/);
  expect(await statusInAltinn()).toBe("Accepted");

  // Altinn's decision point decided both with the published policy's consent rule.
  const answers = ((await emulatorState()) as unknown as Record<string, TDecision[]>)[
    "authorization.decisions"
  ]!.filter((d) => d.resourceId === identifier && d.action === "consent");
  const decidedFor = (pid: string) => answers.filter((d) => d.subject.pid === pid).map((d) => d.decision);
  expect(decidedFor(accountant)).toContain("Permit");
  expect(decidedFor(director).length).toBeGreaterThan(0);
  expect(decidedFor(director)).not.toContain("Permit");
});
