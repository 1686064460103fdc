import AxeBuilder from "@axe-core/playwright";
import { localized, validDefinition } from "../lib/consent-resources/test-fixtures";
import { serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { seedSkdResource } from "./support/owner-resources";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// Skatteetaten's access lists (org code `skd`) in test, end to end: every step is checked in the emulator's registry.

const SKD = "974761076";

type TEmulatorList = {
  identifier: string;
  members: string[];
  memberCount: number;
  resourceConnections: Record<string, { actions: string[] }>;
};

async function emulatorList(identifier: string): Promise<TEmulatorList | undefined> {
  const state = (await emulatorState()) as unknown as Record<string, Record<TUpstreamEnvironment, TEmulatorList[]>>;
  const list = state["resourceRegistry.accessLists"]!.test.find((candidate) => candidate.identifier === identifier);
  // Altinn keeps members in party-UUID order (AccessListService.cs pages by PartyUuid): compare them as a set.
  return list && { ...list, members: [...list.members].sort() };
}

test("an editor builds an access list and links it; the registry follows; a viewer sees no controls", async ({
  page,
  db,
  serviceOwner,
  asOther,
}) => {
  await serviceOwner("EDITOR", "Lise Liste");
  const s = uniqueSuffix();
  const identifier = `e2e-liste-${s}`;
  const resourceIdentifier = `skd-liste-${s}`;
  await seedSkdResource(
    db,
    { ...validDefinition, identifier: resourceIdentifier, title: localized(`Liste-ressurs ${resourceIdentifier}`) },
    { publishToTest: true },
  );

  // Create in test: a bad identifier is refused beside the field first.
  await page.goto(`/orgs/${SKD}/access-lists`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access lists");
  await page.getByRole("button", { name: "New access list" }).click();
  await page.getByRole("textbox", { name: "Identifier" }).fill("Ab");
  await page.getByRole("textbox", { name: "Name" }).fill(`Banker ${s}`);
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page.locator("#list-identifier-error")).toContainText("Use 4 to 100 characters");
  await page.getByRole("textbox", { name: "Identifier" }).fill(identifier);
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page.getByRole("status")).toContainText(`The list ${identifier} was created`);
  await expect.poll(async () => (await emulatorList(identifier))?.identifier, { timeout: 15_000 }).toBe(identifier);

  await page.getByRole("link", { name: identifier }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Banker ${s}`);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // One member, shown with its registered name.
  await page.getByRole("button", { name: "Add a member" }).click();
  await page.getByRole("textbox", { name: "Organisation number", exact: true }).fill("313876144");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("313876144 was added");
  await expect(page.locator('[data-org-number="313876144"]')).toBeVisible();
  await expect.poll(async () => (await emulatorList(identifier))?.members, { timeout: 15_000 }).toEqual(["313876144"]);

  // Three good and two bad lines: the bad ones are named by line number and nothing is added.
  await page.getByRole("button", { name: "Import members" }).click();
  const csv = page.getByRole("textbox", { name: "Organisation numbers" });
  await csv.fill("310149942\n123456789\n810419512\nabc\n910753614");
  await page.getByRole("button", { name: "Add all" }).click();
  const errors = page.getByTestId("import-errors");
  await expect(errors).toContainText("Line 2 (123456789): wrong check digit");
  await expect(errors).toContainText("Line 4 (abc): not an organisation number of 9 digits");
  await expect(page.locator('[data-org-number="310149942"]')).toHaveCount(0);
  // Fixed: the good ones are added and reach the registry.
  await csv.fill("310149942\n810419512\n910753614");
  await page.getByRole("button", { name: "Add all" }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 organisations were added" })).toBeVisible();
  await expect
    .poll(async () => (await emulatorList(identifier))?.members, { timeout: 15_000 })
    .toEqual(["310149942", "313876144", "810419512", "910753614"]);

  // Search by number prefix.
  await page.getByRole("searchbox", { name: "Search members" }).fill("8104");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByTestId("member-table").locator("tbody tr")).toHaveCount(1);
  await page.getByRole("link", { name: "Show all" }).click();

  // Remove one: gone in the registry.
  await page
    .locator('[data-org-number="313876144"]')
    .getByRole("button", { name: /^Remove: / })
    .click();
  await expect(page.locator('[data-org-number="313876144"]')).toHaveCount(0);
  await expect
    .poll(async () => (await emulatorList(identifier))?.members, { timeout: 15_000 })
    .toEqual(["310149942", "810419512", "910753614"]);

  // Link to the consent resource: the registry has the connection with requestconsent.
  await expect
    .poll(async () => (await db.upstreamChange.findFirst({ where: { targetId: resourceIdentifier } }))?.status, {
      timeout: 15_000,
    })
    .toBe("SYNCED");
  await page.getByRole("button", { name: "Link a resource" }).click();
  await page.getByRole("combobox", { name: "Consent resource" }).selectOption({ label: resourceIdentifier });
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await expect(page.getByTestId("linked-resources")).toContainText(resourceIdentifier);
  await expect
    .poll(async () => (await emulatorList(identifier))?.resourceConnections[resourceIdentifier]?.actions, {
      timeout: 15_000,
    })
    .toEqual(["requestconsent"]);
  await expect(page.getByTestId("list-sync")).toHaveAttribute("data-pending", "0", { timeout: 15_000 });
  const listPath = new URL(page.url()).pathname;

  // A viewer sees the list and its members, but no controls.
  const { user: viewer } = await serviceOwnerMember(db, { role: "VIEWER", name: "Vera Viser" });
  const { context: viewerContext, page: viewerPage } = await asOther(viewer);
  await viewerPage.goto(listPath);
  await expect(viewerPage.getByText("only editors and administrators can change them")).toBeVisible();
  await expect(viewerPage.locator('[data-org-number="910753614"]')).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: /Remove|Add|Link|Unlink|Delete|Copy/ })).toHaveCount(0);
  await viewerPage.goto(`/orgs/${SKD}/access-lists`);
  await expect(viewerPage.getByRole("button", { name: "Create list" })).toHaveCount(0);
  await viewerContext.close();
});

test("a failure a later change replaced is dismissed and stays gone; copying to production asks first", async ({
  page,
  db,
  serviceOwner,
}) => {
  const { organisation } = await serviceOwner("ADMIN", "Dina Dismiss");
  const s = uniqueSuffix();
  const identifier = `e2e-avvis-${s}`;
  const list = await db.accessList.create({
    data: { organisationId: organisation.id, environment: "TEST", identifier, name: `Avvis ${s}` },
  });
  const target = { targetType: "access-list", targetId: `test:${identifier}` };
  const failed = await db.upstreamChange.create({
    data: {
      organisationId: organisation.id,
      environment: "TEST",
      kind: "registry.access-list.members.add",
      ...target,
      payload: { orgNumbers: ["313876144"] },
      status: "FAILED",
      lastError: "HTTP 400 · no such party",
      createdAt: new Date(Date.now() - 60_000),
    },
  });
  await db.upstreamChange.create({
    data: {
      organisationId: organisation.id,
      environment: "TEST",
      kind: "registry.access-list.upsert",
      ...target,
      payload: {},
      status: "SYNCED",
      completedAt: new Date(),
    },
  });
  await page.goto(`/orgs/${SKD}/access-lists/${list.id}`);
  const sync = page.getByTestId("list-sync");
  await expect(sync).toHaveAttribute("data-failed", "1");
  // What failed is named in words, never as a raw message key.
  await expect(page.getByText(/^Adding members – 1 organisation.*: HTTP 400 · no such party$/)).toBeVisible();
  await expect(page.getByText("A later change to the list replaced this one")).toBeVisible();
  await page.getByRole("button", { name: /^Dismiss: / }).click();
  await expect(sync).toHaveAttribute("data-failed", "0");
  await expect(page.getByRole("heading", { name: "Changes that failed" })).toHaveCount(0);
  await page.reload();
  await expect(sync).toHaveAttribute("data-failed", "0");
  expect(await db.upstreamChange.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "SYNCED" });

  // Production asks first, saying what it gets; cancelling sends nothing.
  await page.getByRole("button", { name: "Copy to production" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText(`Copy ${identifier} to production?`);
  await expect(confirm.getByTestId("copy-summary")).toContainText("0 members");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  expect(await db.accessList.count({ where: { identifier, environment: "PROD" } })).toBe(0);
  await page.getByRole("button", { name: "Copy to production" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, copy to production" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied with 0 members" })).toBeVisible();
  const prodList = await db.accessList.findFirstOrThrow({ where: { identifier, environment: "PROD" } });

  // A member change in production asks first too, naming the organisation.
  await page.goto(`/orgs/${SKD}/access-lists/${prodList.id}`);
  await page.getByRole("button", { name: "Add a member" }).click();
  const orgNumber = page.getByRole("textbox", { name: "Organisation number", exact: true });
  await orgNumber.fill("313876144");
  // Enter in the one field asks the same as the button does; cancelling sends nothing.
  await orgNumber.press("Enter");
  await expect(page.getByRole("alertdialog").getByTestId("production-summary")).toContainText("313876144 is added");
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  expect(await db.accessListMember.count({ where: { accessListId: prodList.id } })).toBe(0);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("alertdialog").getByTestId("production-summary")).toHaveText(
    "313876144 is added to the list in production: it may then request consent for the resources linked to it there.",
  );
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, change production" }).click();
  await expect(page.getByRole("status").filter({ hasText: "313876144 was added" })).toBeVisible();
  expect(await db.accessListMember.count({ where: { accessListId: prodList.id, orgNumber: "313876144" } })).toBe(1);
});

test("4 MB pasted into the import is refused beside the field at once, and nothing is sent", async ({
  page,
  db,
  serviceOwner,
}) => {
  const { organisation } = await serviceOwner("EDITOR", "Ivar Import");
  const identifier = `e2e-stor-${uniqueSuffix()}`;
  const list = await db.accessList.create({
    data: { organisationId: organisation.id, environment: "TEST", identifier, name: `Stor ${identifier}` },
  });
  await page.goto(`/orgs/${SKD}/access-lists/${list.id}`);
  const actions: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actions.push(request.url());
  });
  await page.getByRole("button", { name: "Import members" }).click();
  const field = page.getByRole("textbox", { name: "Organisation numbers" });
  await expect(page.locator("#import-csv-hint")).toHaveText("At most 900,000 characters (about 80,000 numbers).");
  await field.evaluate((element, text) => {
    const textarea = element as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(textarea, text);
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }, "313876144\n".repeat(420_000));
  await expect(page.locator("#import-csv-error")).toContainText("more than the 900,000 that can be sent at once");
  await page.getByRole("button", { name: "Add all" }).click();
  await expect(page.getByRole("button", { name: "Add all" })).toBeEnabled();
  expect(actions).toEqual([]);
});
