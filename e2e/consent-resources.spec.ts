import type { Page } from "@playwright/test";
import { definitionFor } from "../lib/consent-resources/test-fixtures";
import { serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";

const SKD = "974761076";
type TRegistryState = Record<"test" | "prod", Record<string, unknown>>;
const registry = async () => (await emulatorState() as unknown as Record<string, TRegistryState>)["resourceRegistry.resources"] ?? { test: {}, prod: {} };

async function fillTexts(page: Page, field: string, text: string) {
  for (const [code, name] of [["nb", "Bokmål"], ["nn", "Nynorsk"], ["en", "English"]]) {
    await page.getByLabel(`${field} (${name})`, { exact: true }).fill(`${text} (${code})`);
  }
}

test("an editor creates a consent resource with metadata, previews it, and saves versions 1 and 2", async ({ page, db, loginAs }) => {
  const { user, organisation } = await serviceOwnerMember(db, { role: "EDITOR", name: "Erle Editor" });
  const suffix = uniqueSuffix();
  const subscope = `e2e.cr${suffix}`;
  await db.maskinportenScope.create({ data: { organisationId: organisation.id, environment: "TEST", prefix: "skd", subscope, description: "E2E" } });
  const identifier = `skd-e2e-${suffix}`;
  await loginAs(user);
  await page.goto(`/orgs/${SKD}/resources`);
  await page.getByRole("link", { name: "New consent resource" }).click();
  await expect(page.getByRole("heading", { name: "New consent resource" })).toBeVisible();
  await expect(page.getByLabel("Identifier")).toHaveValue("skd-");

  await page.getByLabel("Identifier").fill(identifier);
  await fillTexts(page, "Title", "Inntekt");
  await fillTexts(page, "Description", "Inntekt fra a-meldingen");
  await fillTexts(page, "Description of the right", "Rett til inntekt");
  await page.getByRole("button", { name: "Add metadata key" }).click();
  await page.getByLabel("Key 1", { exact: true }).fill("inntektsaar");
  await page.getByLabel("Consent text (Bokmål)").fill("Vi henter **inntekten** din for {inntektsaar}.");
  await page.getByLabel("Consent text (Nynorsk)").fill("Vi hentar inntekta di for {inntektsaar}.");
  await page.getByLabel("Consent text (English)").fill("We fetch your income for {inntektsaar}.");
  await page.getByLabel(`skd:${subscope}`).check();
  await page.getByLabel("E-mail").fill("samtykke@example.org");

  // The preview follows the form: sample value filled in, then English, then as an organisation.
  const preview = page.getByTestId("consent-preview");
  await expect(preview.getByTestId("preview-consent-text")).toHaveText("Vi henter inntekten din for [inntektsaar].");
  await preview.getByLabel("Value of inntektsaar").fill("2024");
  await expect(preview.getByTestId("preview-consent-text")).toHaveText("Vi henter inntekten din for 2024.");
  await expect(preview.getByTestId("preview-consent-text").locator("strong")).toHaveText("inntekten");
  await preview.getByRole("button", { name: "English" }).click();
  await expect(preview.getByTestId("preview-card")).toContainText("Inntekt (en)");
  await expect(preview.getByTestId("preview-consent-text")).toHaveText("We fetch your income for 2024.");
  await expect(preview.getByTestId("preview-card")).toContainText("asks for your consent to fetch the following information about you from");
  await preview.getByRole("button", { name: "An organisation" }).click();
  await expect(preview.getByTestId("preview-card")).toContainText("about Eksempel Bygg AS from");

  // A placeholder without metadata is refused beside that language's text, naming the key.
  await page.getByLabel("Consent text (Bokmål)").fill("Vi henter inntekten din for {inntektsaar} og {belop}.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByTestId("consentText-nb-error")).toHaveText("The placeholder belop is used in the text but not declared as metadata.");
  await expect(page.getByLabel("Consent text (Bokmål)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Consent text (Bokmål)").fill("Vi henter inntekten din for {inntektsaar}.");

  // The reverse: a metadata key no text uses is named beside every text.
  await page.getByRole("button", { name: "Add metadata key" }).click();
  await page.getByLabel("Key 2", { exact: true }).fill("formaal");
  await page.getByRole("button", { name: "Save draft" }).click();
  for (const language of ["nb", "nn", "en"]) {
    await expect(page.getByTestId(`consentText-${language}-error`)).toHaveText("The metadata key formaal is declared but not used in this text.");
  }
  // Nothing typed was lost on the refused save.
  await expect(page.getByLabel("Title (English)", { exact: true })).toHaveValue("Inntekt (en)");
  await page.getByRole("button", { name: "Remove metadata key 2" }).click();

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/resources/${identifier}$`));
  await expect(page.getByTestId("latest-version")).toHaveText("Latest version: 1");

  await page.getByLabel("Title (English)", { exact: true }).fill("Income");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");
  await expect(page.getByTestId("latest-version")).toHaveText("Latest version: 2");

  await page.getByRole("link", { name: "Versions" }).click();
  await expect(page.getByTestId("version-row")).toHaveCount(2);
  const diff = page.getByTestId("definition-diff");
  await expect(diff.getByTestId("diff-row")).toHaveCount(1);
  await expect(diff.getByTestId("diff-row")).toContainText("Title (English)");
  await expect(diff.getByTestId("diff-row")).toContainText("Inntekt (en)");
  await expect(diff.getByTestId("diff-row")).toContainText("Income");

  const stored = await db.consentResource.findUniqueOrThrow({ where: { identifier }, select: { versions: { select: { version: true } } } });
  expect(stored.versions.map((v) => v.version).sort()).toEqual([1, 2]);
  // Saving never publishes: neither registry has heard of the resource.
  const state = await registry();
  expect(state.test[identifier]).toBeUndefined();
  expect(state.prod[identifier]).toBeUndefined();
});

test("a viewer sees a consent resource but no controls to change or publish it", async ({ page, db, loginAs }) => {
  const { user, organisation } = await serviceOwnerMember(db, { role: "VIEWER", name: "Vidar Viewer" });
  const identifier = `skd-e2e-view-${uniqueSuffix()}`;
  await db.consentResource.create({
    data: { organisationId: organisation.id, identifier, versions: { create: { version: 1, content: definitionFor({ identifier }) } } },
  });
  await loginAs(user);
  await page.goto(`/orgs/${SKD}/resources`);
  await expect(page.getByTestId("consent-resource-row").filter({ hasText: identifier })).toBeVisible();
  await expect(page.getByRole("link", { name: "New consent resource" })).toHaveCount(0);

  await page.getByRole("link", { name: identifier }).click();
  await expect(page.getByText("You can view this resource; only editors and administrators can change it.")).toBeVisible();
  await expect(page.getByLabel("Title (English)", { exact: true })).toHaveValue("Inntektsopplysninger (en)");
  await expect(page.getByLabel("Title (English)", { exact: true })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);
  // The preview still works for a viewer.
  await expect(page.getByTestId("preview-consent-text")).toContainText("[inntektsaar]");

  await page.getByRole("link", { name: "Publishing" }).click();
  await expect(page.getByText("You can see what is published; editors and administrators publish.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Publish to/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Withdraw|Delete/ })).toHaveCount(0);
  const state = await registry();
  expect(state.test[identifier]).toBeUndefined();
});
