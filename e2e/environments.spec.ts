import { definitionFor } from "../lib/consent-resources/test-fixtures";
import { uniqueSuffix } from "../test/factories";
import { randomOrganisationNumber } from "../test/identifiers";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { seedSkdResource } from "./support/owner-resources";
import { seedScope } from "./support/scopes";

// Test and production side by side (issue 13.3): an owner's objects in test show as missing in production, one step
// promotes a selection of them, the page then shows them equal, and the emulator's production has them. Production
// changes ask first (issue 16.3): the promotion lists what production gets, and so does (un)linking a production list.

type TRegistryList = { owner: string; identifier: string; memberCount: number; resourceConnections: object };
type TRegistryState = {
  "resourceRegistry.resources": Record<"prod", Record<string, { resource: { identifier: string } }>>;
  "resourceRegistry.accessLists": Record<"prod", TRegistryList[]>;
};

test("an administrator promotes scopes, a list, its connection and a resource from test to production", async ({
  page,
  db,
  serviceOwner,
}) => {
  test.setTimeout(180_000);
  const s = uniqueSuffix();
  const { organisation } = await serviceOwner("ADMIN", "Environments Admin");
  const subscope = `e2e.env${s}`;
  const scope = `skd:${subscope}`;
  const listIdentifier = `skd-env-liste-${s}`;
  const identifier = `skd-env-${s}`;
  await seedScope(db, { environment: "TEST", subscope, status: "SYNCED" });
  const members = [randomOrganisationNumber(), randomOrganisationNumber(), randomOrganisationNumber()];
  const list = await db.accessList.create({
    data: {
      organisationId: organisation.id,
      environment: "TEST",
      identifier: listIdentifier,
      name: `Banker ${s}`,
      members: { createMany: { data: members.map((orgNumber) => ({ orgNumber })) } },
    },
  });
  // Published to test through the real worker: production takes only a version test has confirmed.
  await seedSkdResource(db, definitionFor({ identifier, scope }), { publishToTest: true });
  const resource = await db.consentResource.findUniqueOrThrow({ where: { identifier } });
  await expect
    .poll(async () => (await db.upstreamChange.findFirst({ where: { targetId: identifier } }))?.status, {
      timeout: 30_000,
    })
    .toBe("SYNCED");
  // Connected in the portal's test records only after the publication: publishing would connect it upstream too.
  await db.accessListResourceLink.create({ data: { accessListId: list.id, resourceId: resource.id } });

  await page.goto(`/orgs/${organisation.orgNumber}/sync/environments`);
  await expect(page.getByRole("heading", { level: 1, name: "Test and production side by side" })).toBeVisible();
  const keys = [
    `scope:${scope}`,
    `list:${listIdentifier}`,
    `connection:${listIdentifier}>${identifier}`,
    `resource:${identifier}`,
  ];
  const row = (key: string) => page.locator(`[data-testid="promotion-row"][data-key="${key}"]`);
  for (const key of keys) await expect(row(key)).toHaveAttribute("data-status", "missingInProd");
  await expect(row(`list:${listIdentifier}`).getByTestId("member-difference")).toHaveText(
    "3 only in test, 0 only in production",
  );

  // The resource references the scope: alone it is held back, with the reason beside it.
  await page.getByRole("checkbox", { name: `Promote ${identifier}`, exact: true }).check();
  await expect(row(`resource:${identifier}`).getByTestId("promotion-reason")).toHaveAttribute(
    "data-reason",
    "needsScope",
  );
  await page.getByRole("checkbox", { name: `Promote ${scope}`, exact: true }).check();
  await expect(row(`resource:${identifier}`).getByTestId("promotion-reason")).toHaveCount(0);
  await page.getByRole("checkbox", { name: `Promote ${listIdentifier}`, exact: true }).check();
  await page.getByRole("checkbox", { name: `Promote ${listIdentifier} → ${identifier}`, exact: true }).check();
  await expect(page.getByText("4 objects selected")).toBeVisible();
  // The button first lists what production gets, per object, and asks; Cancel sends nothing.
  const promote = page.getByRole("button", { name: "Promote selected to production" });
  await promote.click();
  const confirm = page.getByRole("alertdialog", { name: "Change production?" });
  await expect(confirm).toContainText("4 objects are promoted from test to production:");
  await expect(confirm.getByTestId("promotion-summary").getByRole("listitem")).toHaveText([
    `Scope ${scope}: created in production`,
    `Access list ${listIdentifier}: created in production`,
    `Connection ${listIdentifier} → ${identifier}: created in production`,
    `Consent resource ${identifier}: created in production`,
  ]);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText("4 objects selected")).toBeVisible();
  for (const key of keys) await expect(row(key)).toHaveAttribute("data-status", "missingInProd");
  expect(await db.upstreamChange.count({ where: { environment: "PROD", targetId: identifier } })).toBe(0);
  const before = (await emulatorState()) as unknown as TRegistryState;
  expect(before["resourceRegistry.resources"].prod[identifier]).toBeUndefined();
  expect((await emulatorState()).maskinporten.prod.scopes.some((s2) => s2.name === scope)).toBe(false);

  await promote.click();
  await confirm.getByRole("button", { name: "Yes, change production" }).click();
  await expect(page.getByText("4 objects promoted to production.")).toBeVisible();
  for (const key of keys) await expect(row(key)).toHaveAttribute("data-status", "equal");

  // What the worker sent: Maskinporten and the registry's production have them.
  await expect
    .poll(async () => (await emulatorState()).maskinporten.prod.scopes.find((s2) => s2.name === scope)?.active, {
      timeout: 60_000,
    })
    .toBe(true);
  await expect
    .poll(
      async () => {
        const state = (await emulatorState()) as unknown as TRegistryState;
        const prodList = state["resourceRegistry.accessLists"].prod.find(
          (l) => l.owner === "skd" && l.identifier === listIdentifier,
        );
        return {
          resource: state["resourceRegistry.resources"].prod[identifier]?.resource.identifier ?? null,
          members: prodList?.memberCount ?? null,
          connected: prodList ? Object.keys(prodList.resourceConnections) : [],
        };
      },
      { timeout: 60_000 },
    )
    .toEqual({ resource: identifier, members: 3, connected: [identifier] });

  // Audited: one event per promoted object and the promotion's own.
  const events = await db.auditEvent.findMany({
    where: { organisationId: organisation.id, action: "environments.promote", summary: { contains: identifier } },
  });
  expect(events).toHaveLength(1);
  const perObject = await db.auditEvent.count({
    where: { correlationId: events[0]!.correlationId, action: { not: "environments.promote" } },
  });
  expect(perObject).toBe(4);

  // Unlinking the resource from the production list asks first, saying what its members lose there; Cancel sends
  // nothing, Yes removes the connection in the registry's production. Linking it again asks the same way.
  const prodConnections = async () => {
    const state = (await emulatorState()) as unknown as TRegistryState;
    const prodList = state["resourceRegistry.accessLists"].prod.find(
      (l) => l.owner === "skd" && l.identifier === listIdentifier,
    );
    return Object.keys(prodList?.resourceConnections ?? {});
  };
  const prodList = await db.accessList.findFirstOrThrow({ where: { identifier: listIdentifier, environment: "PROD" } });
  await page.goto(`/orgs/${organisation.orgNumber}/access-lists/${prodList.id}`);
  const links = page.getByRole("region", { name: "Consent resources using this list" });
  const unlink = links.getByRole("button", { name: `Unlink: ${identifier}` });
  await unlink.click();
  const changeProd = page.getByRole("alertdialog", { name: "Change the list in production?" });
  await expect(changeProd.getByTestId("production-summary")).toHaveText(
    `${identifier} is unlinked from the list in production: the list's members can then no longer request consent for it there, and if it is published restricted to access lists, its production policy is updated.`,
  );
  await changeProd.getByRole("button", { name: "Cancel" }).click();
  await expect(changeProd).toHaveCount(0);
  await expect(links.getByTestId("linked-resources")).toContainText(identifier);
  expect(await prodConnections()).toEqual([identifier]);
  await unlink.click();
  await changeProd.getByRole("button", { name: "Yes, change production" }).click();
  await expect(links.getByRole("status")).toContainText(`Unlinked from ${identifier}.`);
  await expect.poll(prodConnections, { timeout: 60_000 }).toEqual([]);

  await links.getByRole("button", { name: "Link a resource" }).click();
  await links.getByRole("combobox", { name: "Consent resource" }).selectOption({ label: identifier });
  await links.getByRole("button", { name: "Link", exact: true }).click();
  await expect(changeProd.getByTestId("production-summary")).toHaveText(
    `${identifier} is linked to the list in production: the list's members may then request consent for it there, and if it is published restricted to access lists, its production policy is updated.`,
  );
  await changeProd.getByRole("button", { name: "Yes, change production" }).click();
  await expect(links.getByRole("status")).toContainText(`Linked to ${identifier}.`);
  await expect.poll(prodConnections, { timeout: 60_000 }).toEqual([identifier]);
});
