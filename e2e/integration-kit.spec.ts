import { createUser, uniqueSuffix } from "../test/factories";
import {
  CONSENT_SCOPES,
  consentApiReady,
  delegateToPortal,
  grantScopeAccess,
  openRequestBuilder,
  PERSON,
  tryInKit,
} from "./support/consumer-setup";
import { emulatorState } from "./support/emulator";
import { expect, test, type TMember } from "./support/fixtures";
import { publishTestService } from "./support/published-service";

// The integration kit against Altinn's rules as its code enforces them (DOMAIN.md, "Consent requests as Altinn's code
// enforces them"): every declared metadata key is required whatever `optional` says, custom-scheme return addresses,
// requiredDelegator and portalViewMode; and Altinn's refusals (several at once: HTTP 500 STD-00001) shown per field
// and in a list, not retried. Also who may use the kit, and a refusal for a missing delegation.

const TWO_KEYS = [
  { key: "inntektsaar", optional: false },
  { key: "formaal", optional: true },
];

type TConsentRequest = { to: string; status: string };
const consentRequests = async () =>
  ((await emulatorState()) as unknown as { "consent.requests": { test: TConsentRequest[] } })["consent.requests"].test;

/** A consumer whose editor is logged in, with the consent API granted and delegated to the portal. */
async function consumerReadyForTests(member: TMember) {
  const { organisation } = await member("EDITOR");
  await consentApiReady(organisation.orgNumber);
  return organisation.orgNumber;
}

test("a resource with two metadata keys, one marked optional, cannot be sent with a key missing", async ({
  page,
  db,
  member,
}) => {
  const { identifier } = await publishTestService(db, uniqueSuffix(), { metadata: TWO_KEYS });
  const org = await consumerReadyForTests(member);
  await page.goto(`/orgs/${org}/integration?resource=${identifier}`);
  await openRequestBuilder(page);

  // Both keys are required: `optional` is named only to say Altinn ignores it.
  await expect(page.getByLabel("formaal (required)")).toBeVisible();
  await expect(page.locator("#metadata-formaal-hint")).toHaveText(
    "Marked optional by the service owner, but Altinn ignores that today: this key is required too.",
  );
  await page.getByLabel("National identity number").fill(PERSON);
  await page.getByLabel("inntektsaar (required)").fill("2025");
  await page.getByRole("button", { name: "Try it in test" }).click();
  await expect(page.locator("#metadata-formaal-error")).toHaveText("Fill in formaal: the resource requires it.");
  await expect(page).not.toHaveURL(/[?&]id=/);
  expect(await db.integrationTest.count({ where: { organisation: { orgNumber: org } } })).toBe(0);

  // A mobile app's return address, a required delegator and the person's own view in Altinn are offered.
  await page.getByLabel("formaal (required)").fill("Boliglån");
  await page.getByLabel("Return address (redirectUrl)").fill("no.bank.app://consent/done");
  await page.getByLabel("Only this party may answer (requiredDelegator, optional)").fill("123");
  await page
    .getByLabel("Show: also listed among the person's consent requests in Altinn, where they can answer it.")
    .check();
  await page.getByRole("button", { name: "Try it in test" }).click();
  await expect(page.locator("#requiredDelegator-error")).toHaveText(
    "Enter a national identity number (11 digits) or an organisation number (9 digits), or leave it empty.",
  );
  await expect(page.locator("#redirectUrl-error")).toHaveCount(0);
  await page.getByLabel("Only this party may answer (requiredDelegator, optional)").fill("");
  const json = page.getByTestId("snippet-json");
  await expect(json).toContainText('"redirectUrl": "no.bank.app://consent/done"');
  await expect(json).toContainText('"portalViewMode": "Show"');
  await expect(json).toContainText('"metadata": {');
  await page.getByRole("button", { name: "Try it in test" }).click();
  await expect(page).toHaveURL(/[?&]id=[0-9a-f-]{36}/);
  await expect(page.getByTestId("integration-test-sync")).toHaveAttribute("data-status", "SYNCED", { timeout: 30_000 });
});

test("Altinn's STD-00001 is shown beside the fields and as a list, and not retried", async ({ page, db, member }) => {
  // The portal's record declares `aar` and `formaal`, the registry `inntektsaar` (another version is published there):
  // both sent keys are unknown to Altinn (AM-00006) and its own is missing (AM-00008), so it answers HTTP 500 STD-00001.
  const { identifier } = await publishTestService(db, uniqueSuffix(), {
    metadata: [
      { key: "aar", optional: false },
      { key: "formaal", optional: true },
    ],
    upstreamMetadata: [{ key: "inntektsaar", optional: false }],
  });
  const org = await consumerReadyForTests(member);
  await page.goto(`/orgs/${org}/integration?resource=${identifier}`);
  await openRequestBuilder(page);
  await page.getByLabel("National identity number").fill(PERSON);
  await page.getByLabel("aar (required)").fill("2025");
  await page.getByLabel("formaal (required)").fill("Boliglån");
  await page.getByRole("button", { name: "Try it in test" }).click();
  await expect(page).toHaveURL(/[?&]id=[0-9a-f-]{36}/);
  const testId = new URL(page.url()).searchParams.get("id")!;

  const sync = page.getByTestId("integration-test-sync");
  await expect(sync).toHaveAttribute("data-status", "FAILED", { timeout: 30_000 });
  await expect(sync).toContainText("Altinn refused the request (HTTP 500 STD-00001):");
  const problems = sync.getByTestId("altinn-problems").getByRole("listitem");
  await expect(problems).toHaveText([
    "Metadata aar: aar is not a metadata key of the resource. (AM-00006)",
    "Metadata formaal: formaal is not a metadata key of the resource. (AM-00006)",
    "Metadata inntektsaar: inntektsaar is missing; Altinn requires every key the resource declares, marked optional or not. (AM-00008)",
  ]);
  await expect(page.locator("#metadata-aar-error")).toHaveText(
    "Altinn, on the last test: aar is not a metadata key of the resource. (AM-00006)",
  );

  // A definite answer: failed on the first attempt, not retried.
  const change = await db.upstreamChange.findFirstOrThrow({ where: { targetId: testId } });
  expect(change).toMatchObject({ status: "FAILED", attempts: 1 });
});

test("viewers see the kit and its code but cannot try requests; other organisations' tests stay hidden", async ({
  page,
  db,
  member,
  asOther,
}) => {
  const { identifier } = await publishTestService(db, uniqueSuffix());
  const { organisation } = await member("VIEWER");
  await page.goto(`/orgs/${organisation.orgNumber}/integration?resource=${identifier}`);
  await expect(page.getByTestId("kit-resource")).toHaveAttribute("data-resource", identifier);
  await expect(page.getByTestId("snippet-json")).toContainText(`"value": "${identifier}"`);
  await openRequestBuilder(page);
  await expect(page.getByRole("button", { name: "Try it in test" })).toHaveCount(0);
  await expect(page.getByText("Only editors and administrators can try requests in test.")).toBeVisible();
  // A token for another organisation's test cannot be asked for, nor can a viewer ask for its own.
  const response = await page.request.post(
    `/orgs/${organisation.orgNumber}/integration/tests/${crypto.randomUUID()}/token`,
  );
  expect(response.status()).toBe(403);
  const { page: otherPage, context } = await asOther(await createUser(db));
  expect((await otherPage.goto(`/orgs/${organisation.orgNumber}/integration`))?.status()).toBe(404);
  await context.close();
});

test("a test request refused for a missing delegation says why, and goes through on retry once delegated", async ({
  page,
  db,
  member,
}) => {
  const { organisation } = await member("EDITOR");
  const org = organisation.orgNumber;
  const { identifier } = await publishTestService(db, uniqueSuffix());
  await grantScopeAccess(org, CONSENT_SCOPES);
  await tryInKit(page, org, identifier, "2024");
  const sync = page.getByTestId("integration-test-sync");
  await expect(sync).toHaveAttribute("data-status", "FAILED", { timeout: 30_000 });
  await expect(sync).toContainText("altinn:consentrequests.write has not been delegated");
  await expect(sync.getByRole("link", { name: /missing delegation/ })).toHaveAttribute("href", "#preflight-heading");
  expect((await consentRequests()).filter((r) => r.to.endsWith(org))).toEqual([]);

  await delegateToPortal(org, CONSENT_SCOPES);
  await sync.getByRole("button", { name: "Try again: create the consent request in Altinn" }).click();
  await expect(sync).toHaveAttribute("data-status", "SYNCED", { timeout: 30_000 });
  expect((await consentRequests()).filter((r) => r.to.endsWith(org))).toEqual([
    expect.objectContaining({ status: expect.stringMatching(/^created$/i) }),
  ]);
});

test("the kit never contradicts itself: the snippet's id is the request created, and a return before an answer says so", async ({
  page,
  db,
  member,
}) => {
  const { identifier } = await publishTestService(db, uniqueSuffix());
  const org = await consumerReadyForTests(member);
  await page.goto(`/orgs/${org}/integration?resource=${identifier}`);
  await openRequestBuilder(page);
  await page.getByLabel("National identity number").fill(PERSON);
  await page.getByLabel("inntektsaar (required)").fill("2025");
  const shownId = /"id": "([0-9a-f-]{36})"/.exec((await page.getByTestId("snippet-json").textContent()) ?? "")?.[1];
  expect(shownId).toBeTruthy();
  await page.getByRole("button", { name: "Try it in test" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]id=${shownId}`));
  await expect(page.getByTestId("integration-test")).toContainText(`Request ${shownId}`);
  await expect(page.getByTestId("integration-test-sync")).toHaveAttribute("data-status", "SYNCED", { timeout: 30_000 });
  expect((await consentRequests()).filter((r) => r.to.endsWith(org))).toEqual([
    expect.objectContaining({ id: shownId }),
  ]);

  // Back from Altinn's page without answering: Status=OK says only that the person left it, so the kit does not
  // claim an answer while Altinn still says Created.
  await page.goto(`/orgs/${org}/integration?resource=${identifier}&test=${shownId}&Status=OK`);
  await expect(page.getByTestId("consent-status")).toHaveAttribute("data-status", "created");
  await expect(page.getByTestId("consent-status")).toContainText("Status in Altinn: Created");
  await expect(page.getByTestId("approval-return")).toHaveText(
    "Altinn sent you back, but it still shows the request as not answered. Open the approval page again, or check the status later.",
  );
  await expect(page.getByText("the person has answered")).toHaveCount(0);
});
