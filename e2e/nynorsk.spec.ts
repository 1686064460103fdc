import type { Locator } from "@playwright/test";
import { definitionFor } from "../lib/consent-resources/test-fixtures";
import { createConsentResource, createOrganisation, uniqueSuffix } from "../test/factories";
import { expect, test } from "./support/fixtures";
import { expectNynorsk } from "./support/nynorsk-text";
import { ownerPages } from "./support/owner-pages";
import { draftWithOwnScope, seedSkdResource, openResourceEditor } from "./support/owner-resources";
import { SKD } from "./support/scopes";

// The owner's journey in nynorsk, the language chosen in the header: every page reads as nynorsk, with no bokmål
// or English sentence and no stored value (an enum, a status) in place of a word. Text marked as another language
// (the language switch, the consent preview) and what the person typed (form fields, identifiers in <code>) are
// not the interface's words and are left out.

test("the owner's journey reads as nynorsk once nynorsk is chosen in the header", async ({
  page,
  db,
  serviceOwner,
}) => {
  const owner = await serviceOwner("ADMIN", "Nina Nynorsk");
  const { identifier, scope } = await draftWithOwnScope(db, owner, "nn", {
    title: { nb: "Inntektsopplysninger", nn: "Inntektsopplysningar", en: "Income details" },
    description: { nb: "Inntekt fra a-meldingen", nn: "Inntekt frå a-meldinga", en: "Income from the a-melding" },
  });
  test.setTimeout(240_000);
  const list = `e2e-nn-${uniqueSuffix()}`;
  await db.accessList.create({
    data: { organisationId: owner.organisation.id, environment: "TEST", identifier: list, name: "Bankar i test" },
  });

  // An audit event as the scope action writes it: its stored summary is English, the log says it in nynorsk.
  const [prefix, subscope] = scope.split(":");
  const scopeRow = await db.maskinportenScope.findFirstOrThrow({ where: { prefix, subscope } });
  await db.auditEvent.create({
    data: {
      actorId: owner.user.id,
      organisationId: owner.organisation.id,
      action: "scope.create",
      targetType: "scope",
      targetId: scopeRow.id,
      summary: `Created ${scope} in test`,
      correlationId: crypto.randomUUID(),
    },
  });

  // A bank's request for access, waiting for the owner's decision.
  const resource = await db.consentResource.findUniqueOrThrow({ where: { identifier } });
  const bank = await createOrganisation(db, { name: `Fjordbanken ${uniqueSuffix()}` });
  const request = await db.accessRequest.create({
    data: {
      consumerOrganisationId: bank.id,
      ownerOrganisationId: owner.organisation.id,
      resourceId: resource.id,
      environment: "TEST",
      message: "Vi treng inntektsopplysningar for lånesøknader.",
      openKey: `${bank.id}:${resource.id}:TEST`,
      events: { create: { status: "SUBMITTED" } },
    },
  });

  await page.goto("/");
  await page.getByRole("button", { name: "Nynorsk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samtykke, frå start til slutt");
  await expect(page.getByRole("button", { name: "Nynorsk" })).toHaveAttribute("aria-pressed", "true");
  await expectNynorsk(page, "landing");

  await page.goto(`/orgs/${SKD}`);
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  await expectNynorsk(page, "overview");

  // Each step: the link to follow (in the organisation's menu, or on the page), then what shows it arrived.
  const nav = page.getByRole("navigation", { name: "Verksemd" });
  const steps: Array<[string, () => Promise<void>]> = [
    ["resources", () => nav.getByRole("link", { name: "Samtykkeressursar" }).click()],
    [
      "resource",
      async () => {
        await page.getByRole("link", { name: identifier }).click();
        await openResourceEditor(page, "Rediger definisjonen");
      },
    ],
    ["publishing", () => page.getByRole("link", { name: "Publisering" }).click()],
    ["scopes", () => nav.getByRole("link", { name: "Scope", exact: true }).click()],
    ["access lists", () => nav.getByRole("link", { name: "Tilgangslister" }).click()],
    ["access list", () => page.getByRole("link", { name: list }).click()],
    ["audit log", () => nav.getByRole("link", { name: "Logg", exact: true }).click()],
  ];
  const arrived: Record<string, () => Promise<void>> = {
    resources: () => expect(page.getByRole("link", { name: identifier })).toBeVisible(),
    // Numbers as Norwegian writes them, also where the browser formats them (the length notes count as you type).
    resource: () => expect(page.getByText(/av høgst 10\s000 teikn/).first()).toBeVisible(),
    publishing: () => expect(page).toHaveURL(/\/publishing$/),
    scopes: () => expect(page.getByRole("heading", { level: 1, name: "Maskinporten-scope" })).toBeVisible(),
    "access lists": () => expect(page.getByRole("link", { name: list })).toBeVisible(),
    "access list": () => expect(page).toHaveURL(/\/access-lists\/[0-9a-f-]{36}$/),
    // The other test of this file writes Skatteetaten's audit log at the same time: find this test's row.
    "audit log": () =>
      expect(page.getByTestId("audit-row").filter({ hasText: `Oppretta eit scope: ${scope}` })).toBeVisible(),
  };
  const visited = new Set([`/orgs/${SKD}`]);
  for (const [where, follow] of steps) {
    await follow();
    await arrived[where]!();
    await expectNynorsk(page, where);
    visited.add(new URL(page.url()).pathname);
  }

  // The other pages of the owner's journey (e2e/phone-width.spec.ts walks the same), opened by their address.
  const accessList = await db.accessList.findFirstOrThrow({ where: { identifier: list } });
  const ids = { resource: identifier, scopeId: scopeRow.id, accessListId: accessList.id, accessRequestId: request.id };
  const pages = ownerPages(ids).filter((path) => !visited.has(path));
  for (const path of pages) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      await expectNynorsk(page, path, { sharedData: SHARED_DATA_PAGES.some((shared) => path.endsWith(shared)) });
    });
  }
});

/** Pages listing what other tests write into Skatteetaten meanwhile: only their headings, labels and buttons are read. */
const SHARED_DATA_PAGES = ["/notifications", "/sync/adopt", "/sync/drift"];

/** English template steps, marked as English, inside `scope`. */
const englishSteps = (scope: Locator) =>
  scope
    .locator('[lang="en"]')
    .getByText(/Maskinporten client/)
    .first();

test("documentation is written per language: nynorsk left empty is listed as missing and said so in the catalog", async ({
  page,
  browser,
  db,
  serviceOwner,
}) => {
  const s = uniqueSuffix();
  const identifier = `skd-sprak-${s}`;
  // A consent text without nynorsk (the registry does not require one).
  const definition = definitionFor({ identifier, scope: "skd:inntekt.read" });
  const consentText = { ...definition.consentText, nn: "" };
  await seedSkdResource(db, { ...definition, consentText }, { publishToTest: true });
  // A version stored before the registry's checks, of another owner: no nynorsk title.
  const oldIdentifier = `sprak-gammal-${s}`;
  const title = { nb: `Inntekt ${s}`, nn: "", en: `Income ${s}` };
  const organisation = await createOrganisation(db, { name: `Gamle tekstar ${s}` });
  const old = await createConsentResource(db, {
    organisationId: organisation.id,
    identifier: oldIdentifier,
    content: { ...definitionFor({ identifier: oldIdentifier }), title },
  });
  await db.consentResourcePublication.create({
    data: { resourceId: old.id, environment: "TEST", versionId: old.versions[0]!.id, state: "PUBLISHED" },
  });
  await serviceOwner("EDITOR", "Sara Språk");

  // The resource editor flags the consent text's missing language and sums it up before saving and publishing.
  await page.goto(`/orgs/974761076/resources/${identifier}`);
  await openResourceEditor(page);
  await expect(page.getByTestId("consentText-missing-languages")).toHaveText(/Missing in Norwegian Nynorsk\./);
  await expect(page.getByTestId("missing-languages")).toContainText("Consent text: Norwegian Nynorsk");

  // One tab per language; the editor's own (English) starts from the English template, the others from nothing.
  await page.goto(`/orgs/974761076/resources/${identifier}/documentation`);
  const languages = page.getByRole("tablist", { name: "Language" });
  await expect(languages.getByRole("tab")).toHaveText([
    "Norwegian Bokmål (missing)",
    "Norwegian Nynorsk (missing)",
    "English (missing)",
  ]);
  const steps = page.getByRole("textbox", { name: "Steps for consumers" });
  await expect(steps).toHaveValue(/Maskinporten client/);
  await page.getByRole("button", { name: "Save documentation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The documentation is saved." })).toBeVisible();
  await expect(languages.getByRole("tab", { name: "English (written)" })).toBeVisible();

  await languages.getByRole("tab", { name: "Norwegian Bokmål (missing)" }).click();
  await expect(steps).toHaveValue("");
  await page.getByRole("button", { name: "Start from the template in Norwegian Bokmål" }).click();
  await expect(steps).toHaveValue(/Maskinporten-klient/);
  await steps.fill(`1. Steg på bokmål ${s}`);
  await page.getByRole("button", { name: "Save documentation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The documentation is saved." })).toBeVisible();
  await expect(languages.getByRole("tab")).toHaveText([
    "Norwegian Bokmål (written)",
    "Norwegian Nynorsk (missing)",
    "English (written)",
  ]);
  await expect(page.getByTestId("documentation-missing-languages")).toHaveText(
    "Not written yet in: Norwegian Nynorsk.",
  );
  // Nynorsk is still empty: nothing was copied into it.
  await languages.getByRole("tab", { name: "Norwegian Nynorsk (missing)" }).click();
  await expect(steps).toHaveValue("");
  const rows = await db.resourceDocumentation.findMany({
    where: { resource: { identifier } },
    select: { language: true },
  });
  expect(rows.map((row) => row.language).sort()).toEqual(["en", "nb"]);

  // A nynorsk reader is told, in nynorsk, and offered bokmål (open) and English, each marked with its language.
  const nynorsk = await browser.newContext({ locale: "nn-NO" });
  const reader = await nynorsk.newPage();
  const main = reader.getByRole("main");
  // The owner's title without nynorsk: the bokmål one, marked and said.
  await reader.goto(`/catalog/${oldIdentifier}`);
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(`Inntekt ${s}`);
  await expect(main.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "nb");
  await expect(main.getByText("Ikkje skriven på nynorsk; vist på bokmål.")).toBeVisible();
  // The catalog's list says the same of the title it shows.
  await reader.goto(`/catalog?q=${oldIdentifier}`);
  const listed = main.getByRole("listitem").filter({ hasText: oldIdentifier });
  await expect(listed.getByRole("link", { name: `Inntekt ${s}` })).toHaveAttribute("lang", "nb");
  await expect(listed.getByText("Ikkje skriven på nynorsk; vist på bokmål.")).toBeVisible();
  await reader.goto(`/catalog/${identifier}`);
  await expect(main.getByText("Denne dokumentasjonen finst ikkje på nynorsk.", { exact: false })).toBeVisible();
  await expect(main.locator('[lang="nb"]').getByText(`Steg på bokmål ${s}`)).toBeVisible();
  await main.getByText("Engelsk", { exact: true }).click();
  await expect(englishSteps(main)).toBeVisible();
  await nynorsk.close();

  // An English reader reads the English text, with no note.
  const english = await browser.newContext({ locale: "en-GB" });
  const englishReader = await english.newPage();
  await englishReader.goto(`/catalog/${identifier}`);
  const englishMain = englishReader.getByRole("main");
  await expect(englishSteps(englishMain)).toBeVisible();
  await expect(englishMain).not.toContainText("not available in English");
  await expect(englishMain).not.toContainText(`Steg på bokmål ${s}`);
  await english.close();
});
