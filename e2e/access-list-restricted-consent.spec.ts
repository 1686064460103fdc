import type { Browser } from "@playwright/test";
import { definitionFor } from "../lib/consent-resources/test-fixtures";
import { createOrganisation, createUser, serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { emulatorControl, emulatorState } from "./support/emulator";
import { expect, test, type TLoginAs } from "./support/fixtures";
import { SKD } from "./support/published-service";

// Issue 10's proof, through the UI only: the owner restricts a consent resource to an access list and publishes it; a
// consumer on the list gets a consent request created and a consent token, a consumer not on it is refused with a clear
// message; the emulator's decision log shows both decisions came from the policy the owner published
// (emulator/registry/decision-point.ts); and the kit's token passes the owner's own validator.

const OPERATOR = "991825827";
const PERSON = "21818297804";
const CONSENT_SCOPES = ["altinn:consentrequests.read", "altinn:consentrequests.write"];

type TDecision = {
  resourceId: string;
  action: string;
  subject: { orgNumber?: string };
  decision: string;
  reason: string;
  ruleId?: string;
};
const stateOf = async <T>(store: string) => ((await emulatorState()) as unknown as Record<string, T>)[store]!;
const decisionsFor = async (resourceId: string, orgNumber: string) =>
  (await stateOf<TDecision[]>("authorization.decisions")).filter(
    (d) => d.resourceId === resourceId && d.action === "requestconsent" && d.subject.orgNumber === orgNumber,
  );

/** A consumer with the consent API granted and delegated to the portal (done in Maskinporten and Altinn), and its editor. */
async function consumer(db: Parameters<typeof createUser>[0], name: string) {
  const editor = await createUser(db);
  const organisation = await createOrganisation(db, { name, members: [{ userId: editor.id, role: "EDITOR" }] });
  for (const scope of CONSENT_SCOPES)
    await emulatorControl("/scope-access", "POST", { env: "test", scope, consumer_orgno: organisation.orgNumber });
  await emulatorControl("/delegations", "POST", {
    env: "test",
    consumerOrg: organisation.orgNumber,
    supplierOrg: OPERATOR,
    scopes: CONSENT_SCOPES,
  });
  return { editor, org: organisation.orgNumber };
}

async function asUser(browser: Browser, loginAs: TLoginAs, user: Parameters<TLoginAs>[0]) {
  const context = await browser.newContext({ locale: "en-GB" });
  await loginAs(user, context);
  return { context, page: await context.newPage() };
}

test("a resource restricted to an access list: the member gets consent and a token the owner validates, the outsider is refused by the published policy", async ({
  page,
  browser,
  db,
  loginAs,
}) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const { user: owner, organisation } = await serviceOwnerMember(db, { role: "ADMIN", name: "Lise Listeeier" });
  const scope = `skd:e2e.rl${suffix}`;
  await db.maskinportenScope.create({
    data: {
      organisationId: organisation.id,
      environment: "TEST",
      prefix: "skd",
      subscope: `e2e.rl${suffix}`,
      description: "E2E",
    },
  });
  const identifier = `skd-e2e-rl-${suffix}`;
  const listIdentifier = `e2e-rl-banker-${suffix}`;
  await db.consentResource.create({
    data: {
      organisationId: organisation.id,
      identifier,
      versions: {
        create: {
          version: 1,
          content: { ...definitionFor({ identifier, scope }), accessListMode: "Enabled" },
          createdById: owner.id,
        },
      },
    },
  });
  const member = await consumer(db, `Listebanken ${suffix} AS`);
  const outsider = await consumer(db, `Utenforbanken ${suffix} AS`);

  // The owner makes the list with the member on it, connects it to the resource and publishes to test.
  await loginAs(owner);
  await page.goto(`/orgs/${SKD}/access-lists?environment=test`);
  await page.getByRole("textbox", { name: "Identifier" }).fill(listIdentifier);
  await page.getByRole("textbox", { name: "Name" }).fill(`Banker ${suffix}`);
  await page.getByRole("button", { name: "Create list" }).click();
  await page.getByRole("link", { name: listIdentifier }).click();
  await page.getByRole("textbox", { name: "Organisation number", exact: true }).fill(member.org);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(`${member.org} was added`);
  await page.getByRole("combobox", { name: "Consent resource" }).selectOption({ label: identifier });
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByTestId("linked-resources")).toContainText(identifier);
  await expect(page.getByTestId("list-sync")).toHaveAttribute("data-pending", "0", { timeout: 30_000 });
  await page.goto(`/orgs/${SKD}/resources/${identifier}/publishing`);
  const testPanel = page.getByTestId("environment-TEST");
  await testPanel.getByRole("button", { name: "Publish to Test" }).click();
  await expect(testPanel.getByTestId("sync-state")).toHaveText("Synced", { timeout: 30_000 });
  await expect(testPanel.getByTestId("requesters")).toHaveText(`Organisations on the access lists ${listIdentifier}`);

  // The member tries the resource in the kit: Altinn creates the request, the person approves, the kit fetches the token.
  const memberBrowser = await asUser(browser, loginAs, member.editor);
  const kit = memberBrowser.page;
  await kit.goto(`/orgs/${member.org}/integration?resource=${identifier}`);
  await kit.getByLabel("National identity number").fill(PERSON);
  await kit.getByLabel("inntektsaar (required)").fill("2025");
  await kit.getByRole("button", { name: "Try it in test" }).click();
  await expect(kit.getByTestId("integration-test-sync")).toHaveAttribute("data-status", "SYNCED", { timeout: 30_000 });
  const [permitted] = await decisionsFor(identifier, member.org);
  expect(permitted).toMatchObject({ decision: "Permit", ruleId: `urn:altinn:resource:${identifier}:ruleid:1` });
  await kit.getByRole("link", { name: "Open the approval page" }).click();
  await kit.getByRole("button", { name: `Log in as Kari Nordmann (${PERSON})` }).click();
  await kit.getByRole("button", { name: "Approve" }).click();
  await expect(kit).toHaveURL(/Status=OK/);
  await kit.getByRole("button", { name: "Fetch the consent token" }).click();
  await expect(kit.getByTestId("consent-token-claims")).toContainText(`"ID": "0192:${member.org}"`);
  await kit.getByTestId("consent-token").locator("summary").click();
  const token = (await kit.getByTestId("consent-token").locator("details p").textContent())?.trim() ?? "";
  expect(token.split(".")).toHaveLength(3);
  await memberBrowser.context.close();

  // The outsider is refused by the same policy, and told why.
  const outsiderBrowser = await asUser(browser, loginAs, outsider.editor);
  const refused = outsiderBrowser.page;
  await refused.goto(`/orgs/${outsider.org}/integration?resource=${identifier}`);
  await refused.getByLabel("National identity number").fill(PERSON);
  await refused.getByLabel("inntektsaar (required)").fill("2025");
  await refused.getByRole("button", { name: "Try it in test" }).click();
  const sync = refused.getByTestId("integration-test-sync");
  await expect(sync).toHaveAttribute("data-status", "FAILED", { timeout: 30_000 });
  await expect(sync).toContainText(`may not request consent for ${identifier}`);
  const [denied] = await decisionsFor(identifier, outsider.org);
  expect(denied?.decision).not.toBe("Permit");
  expect(denied?.reason).toBeTruthy();
  const requests = (await stateOf<{ test: { to: string }[] }>("consent.requests")).test;
  expect(requests.filter((r) => r.to.endsWith(outsider.org))).toEqual([]);
  await outsiderBrowser.context.close();

  // The owner's validator accepts the token the member's kit fetched (real consent tokens carry the consent-API scope).
  await page.goto(`/orgs/${SKD}/validator`);
  await page.getByRole("radio", { name: "Test" }).check();
  await page.getByLabel("Consent resource").selectOption(identifier);
  await page.getByLabel("inntektsaar (required)").fill("2025");
  await page.getByLabel("Consent token").fill(token);
  await page.getByRole("button", { name: "Check token" }).click();
  await expect(page.getByRole("status").filter({ hasText: `The token is valid for ${identifier}` })).toBeVisible();
});
