import { createOrganisation, createUser } from "../test/factories";
import { consentApiReady, PERSON, tryInKit } from "./support/consumer-setup";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { draftWithOwnScope } from "./support/owner-resources";
import { SKD } from "./support/published-service";

// Issue 10's proof, through the UI only: the owner restricts a consent resource to an access list and publishes it; a
// consumer on the list gets a consent request created and a consent token, a consumer not on it is refused with a clear
// message; the emulator's decision log shows both decisions came from the policy the owner published
// (emulator/registry/decision-point.ts); and the kit's token passes the owner's own validator.

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
  await consentApiReady(organisation.orgNumber);
  return { editor, org: organisation.orgNumber };
}

test.describe.configure({ timeout: 240_000 });

test("a resource restricted to an access list: the member gets consent and a token the owner validates, the outsider is refused by the published policy", async ({
  page,
  db,
  serviceOwner,
  asOther,
}) => {
  const draft = await draftWithOwnScope(db, await serviceOwner("ADMIN", "Lise Listeeier"), "rl", {
    accessListMode: "Enabled",
  });
  const { suffix, identifier } = draft;
  const listIdentifier = `e2e-rl-banker-${suffix}`;
  const member = await consumer(db, `Listebanken ${suffix} AS`);
  const outsider = await consumer(db, `Utenforbanken ${suffix} AS`);

  // The owner makes the list with the member on it, connects it to the resource and publishes to test.
  await page.goto(`/orgs/${SKD}/access-lists?environment=test`);
  await page.getByRole("button", { name: "New access list" }).click();
  await page.getByRole("textbox", { name: "Identifier" }).fill(listIdentifier);
  await page.getByRole("textbox", { name: "Name" }).fill(`Banker ${suffix}`);
  await page.getByRole("button", { name: "Create list" }).click();
  await page.getByRole("link", { name: listIdentifier }).click();
  await page.getByRole("button", { name: "Add a member" }).click();
  await page.getByRole("textbox", { name: "Organisation number", exact: true }).fill(member.org);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(`${member.org} was added`);
  await page.getByRole("button", { name: "Link a resource" }).click();
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
  const memberBrowser = await asOther(member.editor);
  const kit = memberBrowser.page;
  await tryInKit(kit, member.org, identifier, "2025");
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
  const outsiderBrowser = await asOther(outsider.editor);
  const refused = outsiderBrowser.page;
  await tryInKit(refused, outsider.org, identifier, "2025");
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
