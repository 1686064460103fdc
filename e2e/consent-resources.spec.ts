import type { Page } from "@playwright/test";
import { fromServiceResource } from "../lib/consent-resources/from-service-resource";
import type { TServiceResource } from "../lib/platform/upstream/resource-registry-client";
import { readRealJson } from "../test/openapi/realdata";
import { uniqueSuffix } from "../test/factories";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { draftAs, draftWithOwnScope, openResourceEditor } from "./support/owner-resources";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

const SKD = "974761076";
type TRegistryState = Record<TUpstreamEnvironment, Record<string, unknown>>;
const registry = async () =>
  ((await emulatorState()) as unknown as Record<string, TRegistryState>)["resourceRegistry.resources"] ?? {
    test: {},
    prod: {},
  };

async function fillTexts(page: Page, field: string, text: string) {
  for (const [code, name] of [
    ["nb", "Bokmål"],
    ["nn", "Nynorsk"],
    ["en", "English"],
  ]) {
    await page.getByLabel(`${field} (${name})`, { exact: true }).fill(`${text} (${code})`);
  }
}

test("an editor creates a consent resource with metadata, previews it, and saves versions 1 and 2", async ({
  page,
  db,
  serviceOwner,
}) => {
  const { organisation } = await serviceOwner("EDITOR", "Erle Editor");
  const suffix = uniqueSuffix();
  const subscope = `e2e.cr${suffix}`;
  await db.maskinportenScope.create({
    data: { organisationId: organisation.id, environment: "TEST", prefix: "skd", subscope, description: "E2E" },
  });
  const identifier = `skd-e2e-${suffix}`;
  await page.goto(`/orgs/${SKD}/resources`);
  await page.getByRole("link", { name: "New consent resource" }).click();
  await expect(page.getByRole("heading", { name: "New consent resource" })).toBeVisible();
  await expect(page.getByText(/Maskinporten scopes? in the portal to choose from/)).toBeVisible();
  await openResourceEditor(page, "Start the definition");
  await expect(page.getByLabel("Identifier")).toHaveValue("skd-");

  await page.getByLabel("Identifier").fill(identifier);
  await fillTexts(page, "Title", "Inntekt");
  await fillTexts(page, "Description", "Inntekt fra a-meldingen");
  await fillTexts(page, "Description of the right", "Rett til inntekt");
  await page.getByRole("button", { name: "Add metadata key" }).click();
  await page.getByLabel("Key 1", { exact: true }).fill("inntektsaar");
  // The flag is kept (the registry stores it) but not presented as if it meant anything: Altinn requires every key.
  await expect(
    page.getByLabel("Marked optional (Altinn ignores this today: consumers must send every key)"),
  ).not.toBeChecked();
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
  // The template's own texts from Altinn's catalogue, with sample parties in its placeholders.
  await expect(preview.getByTestId("preview-heading")).toHaveText("Eksempelbanken AS requests information about you");
  await expect(preview.getByTestId("preview-intro")).toHaveText(
    "By giving consent, Eksempelbanken AS gets access to the following information about you",
  );
  await expect(preview.getByTestId("preview-expiration")).toHaveText(
    "The consent is time-limited, and will expire 31.12.2027",
  );
  await expect(preview.getByTestId("preview-request-message")).toBeVisible();
  await preview.getByRole("button", { name: "An organisation" }).click();
  await expect(preview.getByTestId("preview-heading")).toHaveText(
    "Eksempelbanken AS requests information about Eksempel Bygg AS",
  );
  await preview.getByLabel("Requested through a supplier").check();
  await expect(preview.getByTestId("preview-handled-by")).toHaveText(
    "Eksempel Regnskap AS performs the lookup on behalf of Eksempelbanken AS.",
  );

  // Templates come from the catalogue: Skatteetaten (skd) is also offered the two reserved for skd and ttd.
  const template = page.getByLabel("Consent template");
  await expect(template).toHaveValue("default");
  await expect(template.locator("option")).toHaveText([
    "Brukerstyrt tilgang til kravoversikt (bst_krav)",
    "Samtykke til å dele data (standard) (default)",
    "Samtykkebasert lånesøknad (sblanesoknad)",
    "Fullmakt til å utføre en tjeneste (poa)",
    "Enkelt samtykke (uten melding) (samtykkemal_simpleconsent)",
  ]);
  await expect(page.getByTestId("template-details")).toContainText("Template version 1");
  await expect(page.getByTestId("template-details")).toContainText(
    "The consumer's request message is shown to the person.",
  );
  await template.selectOption("sblanesoknad");
  await expect(page.getByTestId("template-details")).toContainText("The consumer's request message is not used");
  await expect(preview.getByTestId("preview-request-message")).toHaveCount(0);
  await expect(preview.getByTestId("preview-delegation-context")).toContainText(
    "right to disclose information about you directly to Eksempelbanken AS",
  );
  await template.selectOption("default");

  // A placeholder without metadata is named beside that language's text as you type: a warning, not a refusal.
  await page.getByLabel("Consent text (Bokmål)").fill("Vi henter inntekten din for {inntektsaar} og {belop}.");
  await expect(page.getByTestId("consentText-nb-warning")).toContainText(
    "The placeholder belop is used in the text but not declared as metadata.",
  );
  await expect(page.getByTestId("definition-problems")).toContainText("1 thing to fix before publishing");
  await page.getByLabel("Consent text (Bokmål)").fill("Vi henter inntekten din for {inntektsaar}.");
  await expect(page.getByTestId("consentText-nb-warning")).toHaveCount(0);

  // The reverse: a metadata key no text uses is named beside every text.
  await page.getByRole("button", { name: "Add metadata key" }).click();
  await page.getByLabel("Key 2", { exact: true }).fill("formaal");
  for (const language of ["nb", "nn", "en"]) {
    await expect(page.getByTestId(`consentText-${language}-warning`)).toContainText(
      "The metadata key formaal is declared but not used in this text.",
    );
  }
  await page.getByRole("button", { name: "Remove metadata key 2" }).click();
  await expect(page.getByTestId("definition-problems")).toHaveCount(0);

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/resources/${identifier}$`));
  await expect(page.getByTestId("latest-version")).toHaveText("Latest version: 1");

  await openResourceEditor(page);
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

  const stored = await db.consentResource.findUniqueOrThrow({
    where: { identifier },
    select: { versions: { select: { version: true } } },
  });
  expect(stored.versions.map((v) => v.version).sort()).toEqual([1, 2]);
  // Saving never publishes: neither registry has heard of the resource.
  const state = await registry();
  expect(state.test[identifier]).toBeUndefined();
  expect(state.prod[identifier]).toBeUndefined();
});

test("a viewer sees a consent resource but no controls to change or publish it", async ({ page, db, loginAs }) => {
  const { identifier } = await draftAs(db, loginAs, { role: "VIEWER", name: "Vidar Viewer", tag: "view" });
  await page.goto(`/orgs/${SKD}/resources`);
  await expect(page.getByTestId("consent-resource-row").filter({ hasText: identifier })).toBeVisible();
  await expect(page.getByRole("link", { name: "New consent resource" })).toHaveCount(0);

  await page.getByRole("link", { name: identifier }).click();
  await expect(
    page.getByText("You can view this resource; only editors and administrators can change it."),
  ).toBeVisible();
  await openResourceEditor(page, "Show the definition form and preview");
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

test("the editor opens Altinn's real resources, names their problems beside the fields, and saves them as they are", async ({
  page,
  db,
  serviceOwner,
}) => {
  const suffix = uniqueSuffix();
  const { organisation } = await serviceOwner("EDITOR", "Rita Real");
  // Altinn's own example resources (altinn-resource-registry test data, read from ../shared/realdata).
  const real = (file: string) => {
    const definition = fromServiceResource(readRealJson<TServiceResource>(file));
    return { ...definition, identifier: `${definition.identifier}-${suffix}` };
  };
  const stami = real("resource.stami-samtykke-must.json");
  const migrated = real("resource.skd-migrert-4628-1-7381.json");
  for (const definition of [stami, migrated]) {
    await db.consentResource.create({
      data: {
        organisationId: organisation.id,
        identifier: definition.identifier,
        versions: { create: { version: 1, content: definition } },
      },
    });
  }

  // The migrated resource: no party type, a placeholder its metadata does not declare, Altinn 2 references.
  await page.goto(`/orgs/${SKD}/resources/${migrated.identifier}`);
  await openResourceEditor(page);
  await expect(page.getByLabel("Consent template")).toHaveValue("samtykkemal_simpleconsent");
  await expect(page.getByTestId("consentText-nb-warning")).toContainText(
    "The placeholder inntektsaar is used in the text but not declared as metadata.",
  );
  await expect(page.getByTestId("consentText-en-warning")).toContainText(
    "The metadata key virksomhet is declared but not used in this text.",
  );
  await expect(page.getByTestId("availableForType-warning")).toContainText("Choose at least one kind of party.");
  await expect(page.getByLabel("Category")).toHaveValue("Tilbakemeldinger");
  await expect(page.getByTestId("contactPoints-0-category-warning")).toContainText(
    "“Tilbakemeldinger” is not one of the categories consumers know",
  );
  await expect(page.getByTestId("other-references")).toContainText("ServiceCode 4628 (Altinn2)");
  await expect(page.getByTestId("definition-problems")).toContainText("11 things to fix before publishing");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2. 11 things to fix before publishing.");
  const saved = await db.consentResourceVersion.findFirstOrThrow({
    where: { resource: { identifier: migrated.identifier }, version: 2 },
    select: { content: true },
  });
  // Nothing was lost or "corrected" behind the owner's back.
  expect(saved.content).toEqual(migrated);

  // The STAMI resource: only its contact category is unusual.
  await page.goto(`/orgs/${SKD}/resources/${stami.identifier}`);
  await openResourceEditor(page);
  await expect(page.getByTestId("definition-problems")).toContainText("1 thing to fix before publishing");
  await page.getByLabel("Category").selectOption("Support");
  await expect(page.getByTestId("definition-problems")).toHaveCount(0);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");
});

test("a resource opens on its definition as it reads, and Edit the definition loads the editor in its place", async ({
  page,
  db,
  serviceOwner,
}) => {
  const owner = await serviceOwner("EDITOR", "Reidun Reader");
  const { identifier, scope } = await draftWithOwnScope(db, owner, "read", { availableForType: [] });
  await page.goto(`/orgs/${SKD}/resources/${identifier}`);
  // Rendered on the server: the texts in three languages, the consent text as Markdown, the facts, the problems.
  const view = page.getByTestId("definition-view");
  await expect(view).toContainText("Inntektsopplysninger (nn)");
  await expect(view).toContainText("Rett til å dele inntekt (en)");
  await expect(view.getByRole("link", { name: "vilkårene" })).toHaveAttribute("href", "https://example.org/vilkar");
  await expect(view).toContainText(scope);
  await expect(view).toContainText("samtykke@example.org");
  await expect(view).toContainText("inntekt (Bokmål)");
  await expect(view).toContainText("No access list is connected in Test.");
  await expect(view.getByTestId("definition-problems")).toContainText("Choose at least one kind of party.");
  await expect(page.getByRole("button", { name: "Save draft" })).toHaveCount(0);

  await openResourceEditor(page);
  await expect(page.getByLabel("Identifier")).toBeFocused();
  await expect(view).toHaveCount(0);
  await expect(page.getByLabel("Title (Nynorsk)", { exact: true })).toHaveValue("Inntektsopplysninger (nn)");
  await expect(page.getByTestId("availableForType-warning")).toContainText("Choose at least one kind of party.");
  await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();
});
