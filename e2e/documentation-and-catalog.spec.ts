import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { PrismaClient } from "../lib/platform/db/create-prisma-client";
import { localized, validDefinition } from "../lib/consent-resources/test-fixtures";
import { createOrganisation, createUser, serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { seedSkdResource } from "./support/owner-resources";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

/** A Skatteetaten consent resource with one saved version; optionally published to test through the real worker. */
async function seedResource(
  db: PrismaClient,
  options: { identifier: string; title: string; keyword: string; publishToTest: boolean },
) {
  const { identifier, title, keyword, publishToTest } = options;
  const keywords = [{ word: keyword, language: "nb" as const }];
  await seedSkdResource(db, { ...validDefinition, identifier, title: localized(title), keywords }, { publishToTest });
}

async function expectAccessibleAtPhoneWidth(page: Page, path: string) {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(path);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test("an editor documents a published resource; anyone reads it, sanitized, in the catalog", async ({
  page,
  browser,
  db,
  loginAs,
}) => {
  const s = uniqueSuffix();
  const identifier = `skd-dok-${s}`;
  const draftIdentifier = `skd-dok-utkast-${s}`;
  const keyword = `dokord${s}`;
  const title = `Dokumentert inntekt ${s}`;
  await seedResource(db, { identifier, title, keyword, publishToTest: true });
  await seedResource(db, { identifier: draftIdentifier, title: `Utkast ${s}`, keyword, publishToTest: false });
  const { user: editor } = await serviceOwnerMember(db, { role: "EDITOR", name: "Dorte Dokumentar" });
  await loginAs(editor);

  const docPath = `/orgs/974761076/resources/${identifier}/documentation`;
  await page.goto(docPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Documentation: ${title} (en)`);
  // Prefilled from the consumer's guide and the resource: the consent API scopes and this resource's scope.
  const steps = page.getByRole("textbox", { name: "Steps for consumers" });
  await expect(steps).toHaveValue(/altinn:consentrequests\.read/);
  await expect(steps).toHaveValue(/Ask Skatteetaten for access to the scopes `skd:inntekt\.read`/);
  await expect(page.getByRole("textbox", { name: "Contact", exact: true })).toHaveValue(/mailto:samtykke@example\.org/);
  await expect(page.getByRole("region", { name: "Required scopes" })).toContainText(
    "These come from the resource's latest version",
  );

  // A section without a title is refused beside the field, and what was typed stays.
  await page.getByRole("button", { name: "Add section" }).click();
  const body =
    "Les [utviklerguiden](https://example.org/guide).\n\n<script>window.__xss = 1</script>\n\n**Viktig:** bruk test først.";
  await page.getByRole("textbox", { name: "Text", exact: true }).fill(body);
  await page.getByRole("textbox", { name: "Required access packages or roles" }).fill("Rollen **DAGL** må godkjenne.");
  await page.getByRole("button", { name: "Save documentation" }).click();
  await expect(page.locator("#sections-0-title-error")).toHaveText("This field is required.");
  await expect(page.getByRole("textbox", { name: "Text", exact: true })).toHaveValue(body);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Utviklerguide ${s}`);

  // The preview renders the Markdown as consumers will see it, without the script.
  await page.getByRole("tab", { name: "Preview" }).click();
  const preview = page.getByRole("tabpanel", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: `Utviklerguide ${s}` })).toBeVisible();
  await expect(preview.getByRole("link", { name: "utviklerguiden" })).toHaveAttribute(
    "href",
    "https://example.org/guide",
  );
  await expect(preview).not.toContainText("__xss");
  await page.getByRole("button", { name: "Save documentation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The documentation is saved." })).toBeVisible();
  const audit = await db.auditEvent.findFirst({ where: { action: "documentation.save", actorId: editor.id } });
  expect(audit?.summary).toContain(identifier);
  await expectAccessibleAtPhoneWidth(page, docPath);

  // A logged-out visitor finds it by keyword, not by nonsense, and never sees the draft.
  const visitorContext = await browser.newContext({ locale: "en-GB" });
  const visitor = await visitorContext.newPage();
  await visitor.goto("/catalog");
  await visitor.getByRole("searchbox", { name: "Search consent services" }).fill(keyword);
  await visitor.getByRole("button", { name: "Search" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/catalog\\?q=${keyword}$`));
  await expect(visitor.getByRole("status")).toHaveText(`1 consent service matches “${keyword}”.`);
  const results = visitor.getByRole("list", { name: "Consent services" });
  await expect(results.getByRole("link", { name: `${title} (en)` })).toBeVisible();
  await expect(results).not.toContainText(draftIdentifier);
  await expect(results.getByText("Published in test (version 1)")).toBeVisible();
  await visitor.goto(`/catalog?q=${keyword}+zzqxnonsense`);
  await expect(visitor.getByRole("status")).toHaveText(`No consent services match “${keyword} zzqxnonsense”.`);
  expect((await visitor.goto(`/catalog/${draftIdentifier}`))?.status()).toBe(404);

  await visitor.goto(`/catalog/${identifier}`);
  const main = visitor.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText(`${title} (en)`);
  await expect(main.getByRole("heading", { name: `Utviklerguide ${s}` })).toBeVisible();
  await expect(main.getByRole("link", { name: "utviklerguiden" })).toHaveAttribute("href", "https://example.org/guide");
  await expect(main.locator("strong", { hasText: "DAGL" })).toBeVisible();
  await expect(main).not.toContainText("__xss");
  expect(await main.locator("script").count()).toBe(0);
  expect(await visitor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await expect(main.getByText("skd:inntekt.read").first()).toBeVisible();
  await expect(main.getByRole("heading", { name: "Request access" })).toHaveCount(0);
  await expectAccessibleAtPhoneWidth(visitor, `/catalog?q=${keyword}`);
  await expectAccessibleAtPhoneWidth(visitor, `/catalog/${identifier}`);
  await visitorContext.close();

  // A consumer sees what it will need and, for each of its organisations, where to ask.
  const consumer = await createUser(db, { name: "Kari Konsument" });
  const bank = await createOrganisation(db, {
    name: `Konsumentbanken ${s}`,
    members: [{ userId: consumer.id, role: "EDITOR" }],
  });
  const consumerContext = await browser.newContext({ locale: "en-GB" });
  await loginAs(consumer, consumerContext);
  const consumerPage = await consumerContext.newPage();
  await consumerPage.goto(`/catalog/${identifier}`);
  const request = consumerPage.getByRole("region", { name: "Request access" });
  await expect(request).toContainText(`Konsumentbanken ${s} (${bank.orgNumber})`);
  await expect(request).toContainText("altinn:consentrequests.write");
  await expect(request.getByRole("link", { name: `Request access in test for Konsumentbanken ${s}` })).toHaveAttribute(
    "href",
    `/orgs/${bank.orgNumber}/access-requests/new?resource=${identifier}&environment=TEST`,
  );
  await expectAccessibleAtPhoneWidth(consumerPage, `/catalog/${identifier}`);
  await consumerContext.close();

  // The published JSON reached the emulator's test registry through the worker; the draft did not.
  await expect
    .poll(async () => (await db.upstreamChange.findFirstOrThrow({ where: { targetId: identifier } })).status, {
      timeout: 30_000,
    })
    .toBe("SYNCED");
  const registry = (await emulatorState()) as unknown as {
    "resourceRegistry.resources": Record<
      TUpstreamEnvironment,
      Record<string, { resource: { title: { en: string }; resourceType: string } }>
    >;
  };
  expect(registry["resourceRegistry.resources"].test[identifier]?.resource).toMatchObject({
    title: { en: `${title} (en)` },
    resourceType: "Consent",
  });
  expect(registry["resourceRegistry.resources"].test[draftIdentifier]).toBeUndefined();
});

test("a viewer reads the documentation but cannot change it", async ({ page, db, loginAs }) => {
  const identifier = `skd-dok-les-${uniqueSuffix()}`;
  await seedResource(db, { identifier, title: "Kun lesing", keyword: "lesing", publishToTest: false });
  const { user: viewer } = await serviceOwnerMember(db, { role: "VIEWER", name: "Vera Viewer" });
  await loginAs(viewer);
  await page.goto(`/orgs/974761076/resources/${identifier}/documentation`);
  await expect(page.getByText("Only editors and administrators can change the documentation.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Steps for consumers" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save documentation" })).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByText("It appears in the catalog once the resource is published.")).toBeVisible();
  expect(await db.resourceDocumentation.count({ where: { resource: { identifier } } })).toBe(0);
  // Nothing was published, so the emulator's registry has not heard of it.
  const state = (await emulatorState()) as unknown as {
    "resourceRegistry.resources": Record<"test", Record<string, unknown>>;
  };
  expect(state["resourceRegistry.resources"].test[identifier]).toBeUndefined();
});

test("two editors save the same documentation: one saves, the other is told who did and keeps their text", async ({
  page,
  browser,
  db,
  loginAs,
}) => {
  const identifier = `skd-dok-samtidig-${uniqueSuffix()}`;
  await seedResource(db, { identifier, title: "Samtidig", keyword: "samtidig", publishToTest: false });
  const { user: first } = await serviceOwnerMember(db, { role: "EDITOR", name: "Frida Først" });
  const { user: second } = await serviceOwnerMember(db, { role: "EDITOR", name: "Sigurd Sist" });
  await loginAs(first);
  const secondContext = await browser.newContext({ locale: "en-GB" });
  await loginAs(second, secondContext);
  const secondPage = await secondContext.newPage();
  const docPath = `/orgs/974761076/resources/${identifier}/documentation`;
  // Both open the editor before either saves.
  await page.goto(docPath);
  await secondPage.goto(docPath);

  await page.getByRole("textbox", { name: "Steps for consumers" }).fill("1. Fridas steg");
  await page.getByRole("button", { name: "Save documentation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The documentation is saved." })).toBeVisible();

  const theirs = "1. Sigurds steg, som ikke må bli borte";
  await secondPage.getByRole("textbox", { name: "Steps for consumers" }).fill(theirs);
  await secondPage.getByRole("button", { name: "Save documentation" }).click();
  await expect(secondPage.getByText(/Frida Først saved this documentation at .* while you were editing/)).toBeVisible();
  await expect(secondPage.getByRole("textbox", { name: "Steps for consumers" })).toHaveValue(theirs);
  expect(
    await db.resourceDocumentation.findFirstOrThrow({ where: { resource: { identifier } }, select: { steps: true } }),
  ).toEqual({ steps: "1. Fridas steg" });

  // The first editor saves again from the version the form now carries.
  await page.getByRole("textbox", { name: "Steps for consumers" }).fill("1. Fridas andre steg");
  await page.getByRole("button", { name: "Save documentation" }).click();
  await expect
    .poll(async () => (await db.resourceDocumentation.findFirst({ where: { resource: { identifier } } }))?.steps)
    .toBe("1. Fridas andre steg");
  await secondContext.close();
});
