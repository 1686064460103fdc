import type { Page } from "@playwright/test";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { draftWithOwnScope, openResourceEditor } from "./support/owner-resources";
import type { TEnvironment, TUpstreamEnvironment } from "@/lib/platform/environment";

const SKD = "974761076";
type TPolicyRule = { actions: string[]; subjects: { id: string; value: string }[] };
type TStored = { resource: Record<string, unknown>; policy: { rules: TPolicyRule[] } | null };
const registry = async () =>
  ((await emulatorState()) as unknown as Record<string, Record<TUpstreamEnvironment, Record<string, TStored>>>)[
    "resourceRegistry.resources"
  ] ?? { test: {}, prod: {} };

async function waitForSynced(page: Page, environment: TEnvironment) {
  await expect(page.getByTestId(`environment-${environment}`).getByTestId("sync-state")).toHaveText("Synced", {
    timeout: 30_000,
  });
}

test("an administrator publishes to test and production, compares them, and withdraws and deletes in test", async ({
  page,
  db,
  serviceOwner,
}) => {
  const owner = await serviceOwner("ADMIN", "Pia Publisher");
  const { scope, identifier, definition } = await draftWithOwnScope(db, owner, "pub");
  await page.goto(`/orgs/${SKD}/resources/${identifier}/publishing`);
  const test_ = page.getByTestId("environment-TEST");
  const prod = page.getByTestId("environment-PROD");

  // Production is not offered before test has the version.
  await expect(prod.getByRole("button", { name: "Publish to Production" })).toBeDisabled();
  await expect(prod).toContainText("Publish this version (or a later one) to test first");

  await test_.getByRole("button", { name: "Publish to Test" }).click();
  await expect(test_.getByRole("status")).toHaveText("Version 1 is on its way to Test.");
  await waitForSynced(page, "TEST");
  await expect(test_.getByTestId("published-version")).toHaveText("Version 1 · Published");
  await expect(test_.getByTestId("registry-drift")).toContainText("The registry matches the published version.");

  const inTest = (await registry()).test[identifier];
  expect(inTest?.resource).toMatchObject({
    identifier,
    resourceType: "Consent",
    title: definition.title,
    consentMetadata: { inntektsaar: { optional: false } },
    resourceReferences: [{ referenceSource: "Default", reference: scope, referenceType: "MaskinportenScope" }],
    hasCompetentAuthority: { organization: SKD, orgcode: "skd" },
    consentText: definition.consentText,
  });
  const rules = inTest?.policy?.rules ?? [];
  expect(rules.map((rule) => rule.actions)).toEqual([["requestconsent"], ["consent"]]);
  // As Altinn's own policies say "every organisation" (../shared/realdata/policy.ske-samtykke-sbl-summert-skattegrunnlag.xml).
  expect(rules[0]?.subjects).toEqual([{ id: "urn:altinn:partytype", value: "organization" }]);
  await expect(test_.getByTestId("requesters")).toHaveText("Every organisation");
  expect(rules[1]?.subjects).toEqual([
    { id: "urn:altinn:rolecode", value: "dagl" },
    { id: "urn:altinn:rolecode", value: "priv" },
  ]);

  // Production asks first, saying what will change; cancelling sends nothing.
  await prod.getByRole("button", { name: "Publish to Production" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("Publish version 1 to production?");
  await expect(confirm.getByTestId("publish-summary")).toContainText(
    "Version 1 becomes the resource's first version in production.",
  );
  await expect(confirm.getByTestId("publish-summary")).toContainText("Every organisation may request consent");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(prod.getByTestId("sync-state")).toHaveText("Nothing sent yet");
  expect((await registry()).prod[identifier]).toBeUndefined();
  await prod.getByRole("button", { name: "Publish to Production" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, publish to production" }).click();
  await waitForSynced(page, "PROD");
  expect((await registry()).prod[identifier]?.resource).toMatchObject({ identifier, title: definition.title });

  // Version 2 changes the title and goes to test only: the comparison shows test and production differ.
  await page.getByRole("link", { name: "Definition" }).click();
  await openResourceEditor(page);
  await expect(page.getByText("The identifier cannot change any more")).toBeVisible();
  await page.getByLabel("Title (English)", { exact: true }).fill("Income statement");
  await page.getByRole("button", { name: "Save draft" }).click();
  // The editor has more live regions now (the rules check, the policy's copy button): the save's is the one saying so.
  await expect(page.getByRole("status").filter({ hasText: /^Saved as version 2\.$/ })).toBeVisible();
  await page.getByRole("link", { name: "Publishing" }).click();
  await expect(test_.getByLabel("Version to publish")).toHaveValue("2");
  await test_.getByRole("button", { name: "Publish to Test" }).click();
  await expect(test_.getByTestId("published-version")).toHaveText("Version 2 · Published");
  await waitForSynced(page, "TEST");
  const testVsProd = page.getByTestId("diff-TEST-PROD");
  await expect(testVsProd.getByTestId("diff-row")).toHaveCount(1);
  await expect(testVsProd.getByTestId("diff-row")).toContainText("Title (English)");
  await expect(testVsProd.getByTestId("diff-row")).toContainText("Income statement");
  await expect(testVsProd.getByTestId("diff-row")).toContainText("Inntektsopplysninger (en)");
  await expect(page.getByTestId("diff-DRAFT-TEST")).toContainText("No differences.");
  const both = await registry();
  expect((both.test[identifier]?.resource.title as { en: string }).en).toBe("Income statement");
  expect((both.prod[identifier]?.resource.title as { en: string }).en).toBe("Inntektsopplysninger (en)");

  // Withdraw, then delete, in test.
  await test_.getByRole("button", { name: "Withdraw from Test" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(test_.getByTestId("published-version")).toHaveText("Version 2 · Withdrawn");
  await waitForSynced(page, "TEST");
  expect((await registry()).test[identifier]?.resource.status).toBe("Withdrawn");

  await test_.getByRole("button", { name: "Delete from test" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(test_.getByTestId("published-version")).toHaveText("Version 2 · Deleted");
  await waitForSynced(page, "TEST");
  const after = await registry();
  expect(after.test[identifier]).toBeUndefined();
  expect(after.prod[identifier]?.resource.status).toBe("UnderDevelopment");
  expect(
    await db.auditEvent.count({ where: { actorId: owner.user.id, action: { startsWith: "consent-resource." } } }),
  ).toBe(6);
});

test("a resource restricted to access lists is published only once a list is connected, and its policy names that list", async ({
  page,
  db,
  serviceOwner,
}) => {
  const owner = await serviceOwner("ADMIN", "Liv Listeeier");
  const { suffix, identifier } = await draftWithOwnScope(db, owner, "lst", { accessListMode: "Enabled" });
  const listIdentifier = `e2e-banker-${suffix}`;
  await page.goto(`/orgs/${SKD}/resources/${identifier}/publishing`);
  const test_ = page.getByTestId("environment-TEST");

  // No list connected in test: publishing is refused beside the button, with the way to connect one.
  await expect(test_.getByRole("button", { name: "Publish to Test" })).toBeDisabled();
  await expect(test_.getByTestId("access-list-required")).toContainText("no list is connected to it in Test yet");
  await test_.getByRole("link", { name: "Connect a list on the Access lists page." }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${SKD}/access-lists\\?environment=test$`));

  // Create the list and link the resource (not published yet: publishing will connect it).
  await page.getByRole("button", { name: "New access list" }).click();
  await page.getByRole("textbox", { name: "Identifier" }).fill(listIdentifier);
  await page.getByRole("textbox", { name: "Name" }).fill(`Banker ${suffix}`);
  await page.getByRole("button", { name: "Create list" }).click();
  await page.getByRole("link", { name: listIdentifier }).click();
  await page.getByRole("button", { name: "Link a resource" }).click();
  await page.getByRole("combobox", { name: "Consent resource" }).selectOption({ label: identifier });
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByRole("status")).toContainText(`Linked to ${identifier}.`);
  const listPath = new URL(page.url()).pathname;

  await page.goto(`/orgs/${SKD}/resources/${identifier}/publishing`);
  await test_.getByRole("button", { name: "Publish to Test" }).click();
  await expect(test_.getByRole("status")).toHaveText("Version 1 is on its way to Test.");
  await waitForSynced(page, "TEST");
  await expect(test_.getByTestId("requesters")).toHaveText(`Organisations on the access lists ${listIdentifier}`);
  const rules = (await registry()).test[identifier]?.policy?.rules ?? [];
  expect(rules[0]?.actions).toEqual(["requestconsent"]);
  expect(rules[0]?.subjects).toEqual([{ id: "urn:altinn:access-list", value: `skd:${listIdentifier}` }]);

  // The only list of a resource published with lists cannot be unlinked: the refusal says what to do.
  await page.goto(listPath);
  await page.getByRole("button", { name: `Unlink: ${identifier}` }).click();
  const links = page.getByRole("region", { name: "Consent resources using this list" });
  await expect(links.getByRole("alert")).toContainText("this is its only list");
  await expect(links.getByTestId("linked-resources")).toContainText(identifier);
});
