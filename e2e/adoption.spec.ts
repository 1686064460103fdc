import { syntheticOrgNumbers } from "../lib/access-lists/synthetic-org-numbers";
import {
  consistentResource,
  realInconsistentResource,
  seedAccessLists,
  seedResources,
  seedScopes,
  SKD,
} from "../lib/adoption/test-support/seed-upstream";
import { uniqueSuffix } from "../test/factories";
import { emulatorState } from "./support/emulator";
import { E2E_EMULATOR_URL } from "./support/e2e-env";
import { expect, test } from "./support/fixtures";
import { openResourceEditor } from "./support/owner-resources";

// Issue 13's proof for adoption: objects that exist upstream before the portal (placed in the emulator through its
// control endpoints, never through the portal) are adopted by an owner, and the adopted resource then behaves as a
// native one: edited, published, and the emulator shows the change.

type TStored = { resource: Record<string, unknown>; policy: { rules: { subjects: { value: string }[] }[] } | null };
const registry = async () =>
  ((await emulatorState()) as unknown as Record<string, { test: Record<string, TStored> }>)[
    "resourceRegistry.resources"
  ]!.test;

test("an owner adopts two scopes, two resources (one inconsistent) and a list of 1,500 members, then publishes an adopted resource", async ({
  page,
  db,
  serviceOwner,
}) => {
  test.setTimeout(180_000);
  const s = uniqueSuffix();
  const [scopeA, scopeB] = [`skd:adopt.${s}.a`, `skd:adopt.${s}.b`];
  const [migrated, native, list] = [`skd-migrert-${s}`, `skd-adopt-${s}`, `adopt-list-${s}`];
  await seedScopes(E2E_EMULATOR_URL, [
    { prefix: "skd", subscope: `adopt.${s}.a`, description: "Inntekt A", consumers: ["313876144"] },
    { prefix: "skd", subscope: `adopt.${s}.b`, description: "Inntekt B" },
  ]);
  await seedResources(E2E_EMULATOR_URL, [
    { resource: realInconsistentResource(migrated) },
    consistentResource(native, { version: "3", lists: [list] }),
  ]);
  const members = syntheticOrgNumbers(1_500, 83_000_000);
  await seedAccessLists(E2E_EMULATOR_URL, [
    {
      identifier: list,
      name: "Banker",
      members,
      connections: [{ resource: native, actionFilters: ["requestconsent"] }],
    },
  ]);

  const owner = await serviceOwner("ADMIN", "Ada Adopter");
  await page.goto(`/orgs/${SKD}/sync/adopt`);
  await expect(page.getByRole("heading", { name: "Bring in what already exists" })).toBeVisible();

  const scopes = page.getByTestId("adopt-scope");
  await expect(scopes.getByRole("row", { name: scopeA })).toContainText("313876144");
  await scopes.getByLabel(`Select ${scopeA}`).check();
  await scopes.getByLabel(`Select ${scopeB}`).check();
  await scopes.getByRole("button", { name: "Adopt selected" }).click();
  await expect(scopes.getByRole("status")).toHaveText(`Adopted: ${scopeA}, ${scopeB}.`);
  await expect(scopes.getByLabel(`Select ${scopeA}`)).toHaveCount(0);

  const resources = page.getByTestId("adopt-resource");
  await expect(page.getByTestId(`policy-${native}`)).toHaveText(`Members of ${list} may request consent`);
  await resources.getByLabel(`Select ${migrated}`).check();
  await resources.getByLabel(`Select ${native}`).check();
  await resources.getByRole("button", { name: "Adopt selected" }).click();
  await expect(resources.getByRole("status")).toHaveText(`Adopted: ${migrated}, ${native}.`);
  // The inconsistent one is adopted, never refused, with what to fix named.
  const problems = resources.getByText(`${migrated} was adopted with problems`).locator("..");
  await expect(problems).toContainText("is not one of the categories consumers know");
  await expect(problems).toContainText("inntektsaar");

  const lists = page.getByTestId("adopt-accessList");
  await expect(lists.getByRole("row", { name: list })).toContainText("1500");
  await lists.getByLabel(`Select ${list}`).check();
  await lists.getByRole("button", { name: "Adopt selected" }).click();
  await expect(lists.getByRole("status")).toHaveText(`Adopted: ${list}.`, { timeout: 30_000 });
  const adoptedList = await db.accessList.findFirstOrThrow({ where: { identifier: list } });
  expect(adoptedList).toMatchObject({ origin: "ADOPTED", memberCount: 1_500 });
  expect(await db.auditEvent.count({ where: { actorId: owner.user.id, action: { startsWith: "adoption." } } })).toBe(5);
  const writes = (await emulatorState()).requests.filter((r) => r.method !== "GET" && r.path.includes(s));
  expect(writes).toEqual([]);
  expect(await db.upstreamChange.count({ where: { targetId: { contains: s } } })).toBe(0);

  // The adopted resource is managed like a native one: edited (version 4 after the registry's 3) and published.
  await page.goto(`/orgs/${SKD}/resources/${native}`);
  await openResourceEditor(page);
  // It has been published (its adopted publication): the identifier is fixed, as for any published resource.
  await expect(page.getByText("The identifier cannot change any more")).toBeVisible();
  const title = page.getByLabel("Title (English)", { exact: true });
  await expect(title).toHaveValue(`Income ${native}`);
  await title.fill(`Adopted income ${s}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 4.");
  await page.getByRole("link", { name: "Publishing" }).click();
  const test_ = page.getByTestId("environment-TEST");
  await test_.getByRole("button", { name: "Publish to Test" }).click();
  await expect(test_.getByTestId("sync-state")).toHaveText("Synced", { timeout: 30_000 });
  const stored = (await registry())[native];
  expect(stored?.resource).toMatchObject({ version: "4", title: { en: `Adopted income ${s}` } });
  expect(stored?.policy?.rules[0]?.subjects).toEqual([expect.objectContaining({ value: `skd:${list}` })]);
});
