import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { PgBoss } from "pg-boss";
import type { PrismaClient } from "../../lib/platform/db/create-prisma-client";
import { localized, validDefinition } from "../../lib/consent-resources/test-fixtures";
import { createOrganisation, createUser, uniqueSuffix } from "../../test/factories";
import { emulatorState } from "./emulator";
import type { TLoginAs } from "./fixtures";
import { e2eDatabaseUrl } from "./e2e-env";

// Shared by the access-request specs: a published resource, the consumer, and running queued changes by hand.

// The queue the worker listens on (lib/platform/jobs/boss.ts, which is server-only and cannot be imported here).
export const UPSTREAM_QUEUE = "upstream-change";
export const SKD = "974761076";

export type TAccess = { scope: string; state: string; consumer_orgno: string };
export const scopeAccess = async (scope: string, consumerOrg: string) =>
  ((await emulatorState()).maskinporten.test as unknown as { scopeAccess: TAccess[] }).scopeAccess.filter(
    (access) => access.scope === scope && access.consumer_orgno === consumerOrg,
  );

export type TList = { owner: string; identifier: string; members: string[] };
export const registryMembers = async (identifier: string) =>
  ((await emulatorState()) as unknown as { "resourceRegistry.accessLists": Record<"test", TList[]> })[
    "resourceRegistry.accessLists"
  ].test.find((list) => list.owner === "skd" && list.identifier === identifier)?.members;

export async function sendJob(changeId: string) {
  const boss = new PgBoss({ connectionString: e2eDatabaseUrl(), supervise: false, schedule: false });
  await boss.start();
  await boss.send(UPSTREAM_QUEUE, { changeId });
  await boss.stop({ graceful: false });
}

export async function runChange(
  db: PrismaClient,
  data: { organisationId: string; kind: string; targetType: string; targetId: string; payload: object },
) {
  const change = await db.upstreamChange.create({ data: { environment: "TEST", ...data } });
  await sendJob(change.id);
  await expect
    .poll(async () => (await db.upstreamChange.findUniqueOrThrow({ where: { id: change.id } })).status, {
      timeout: 30_000,
    })
    .toBe("SYNCED");
}

/**
 * Skatteetaten's scope in the emulator (through the real worker) and a consent resource referencing it, published
 * to test; optionally with an access list (in the registry too) linked to the resource.
 */
export async function seedPublishedResource(db: PrismaClient, s: string, options: { accessList?: boolean } = {}) {
  const skd = await db.organisation.findUniqueOrThrow({ where: { orgNumber: SKD } });
  const subscope = `tilgang.e2e${s}`;
  const scope = `skd:${subscope}`;
  await runChange(db, {
    organisationId: skd.id,
    kind: "maskinporten.scope.upsert",
    targetType: "scope",
    targetId: `TEST:${scope}`,
    payload: {
      actingFor: SKD,
      scope: { prefix: "skd", subscope, description: "Access request e2e", visibility: "PUBLIC" },
    },
  });
  const identifier = `skd-tilgang-${s}`;
  const definition = {
    ...validDefinition,
    identifier,
    title: localized(`Tilgangstjeneste ${s}`),
    scopeReferences: [scope],
  };
  const resource = await db.consentResource.create({
    data: { organisationId: skd.id, identifier, versions: { create: { version: 1, content: definition } } },
    select: { id: true, versions: { select: { id: true } } },
  });
  await db.consentResourcePublication.create({
    data: { resourceId: resource.id, environment: "TEST", versionId: resource.versions[0]!.id },
  });
  const listIdentifier = `skd-banker-${s}`;
  if (options.accessList) {
    const list = await db.accessList.create({
      data: { organisationId: skd.id, environment: "TEST", identifier: listIdentifier, name: `Banker ${s}` },
    });
    await db.accessListResourceLink.create({ data: { accessListId: list.id, resourceId: resource.id } });
    await runChange(db, {
      organisationId: skd.id,
      kind: "registry.access-list.upsert",
      targetType: "access-list",
      targetId: `test:${listIdentifier}`,
      payload: { actingFor: SKD, owner: "skd", listIdentifier, name: `Banker ${s}`, description: "" },
    });
  }
  return { scope, identifier, listIdentifier };
}

/** The consumer's request page, reloaded until it shows the status (the owner decides in another browser). */
export async function expectStatus(page: Page, status: string, timeout: number) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("access-request-status")).toHaveText(status, { timeout: 1_000 });
  }).toPass({ timeout });
}

export async function expectAccessible(page: Page, path: string) {
  await page.goto(path);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
}

export async function consumerWithAdmin(db: PrismaClient, name: string) {
  const user = await createUser(db, { name: `${name} Admin` });
  const organisation = await createOrganisation(db, { name, members: [{ userId: user.id, role: "ADMIN" }] });
  return { user, organisation };
}

/** The consumer asks through the form (prefilled as from the catalog); an empty message is refused beside the field. */
export async function requestAccess(
  page: Page,
  orgNumber: string,
  identifier: string,
  scope: string,
  viaCatalog?: string,
): Promise<string> {
  if (viaCatalog) {
    await page.goto(`/catalog/${identifier}`);
    await page.getByRole("link", { name: `Request access in test for ${viaCatalog}` }).click();
    await expect(page.getByRole("combobox", { name: "Consent resource" })).toHaveValue(/[0-9a-f-]{36}/);
  } else {
    await page.goto(`/orgs/${orgNumber}/access-requests/new?resource=${identifier}&environment=TEST`);
  }
  await expect(page.getByTestId("request-covers")).toContainText(`Access to the Maskinporten scope ${scope}`);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.locator("#request-message-error")).toHaveText("This field is required.");
  await page
    .getByRole("textbox", { name: "Message to the service owner" })
    .fill("We need income data for loan applications.");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page).toHaveURL(/\/access-requests\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("access-request-status")).toHaveText("Submitted");
  return page.url().split("/").pop()!;
}

/** Several administrators press Approve at the same moment; answers the outcome each page then shows, in order. */
export async function approveAtOnce(pages: Page[]): Promise<string[]> {
  const clicks = pages.map((adminPage) => adminPage.getByRole("button", { name: "Approve" }).click());
  await Promise.all(clicks);
  const outcomes = pages.map((adminPage) => adminPage.getByTestId("decision-outcome"));
  for (const outcome of outcomes) await expect(outcome).not.toBeEmpty();
  return Promise.all(outcomes.map((outcome) => outcome.innerText()));
}

/**
 * A resource published for the spec (seedPublishedResource) and a new consumer `<bank> <suffix>` whose administrator,
 * logged in in `page`, asks for access to it (from the catalog with `viaCatalog`). Answers both and the request's id.
 */
export async function consumerAsksForAccess(
  page: Page,
  db: PrismaClient,
  loginAs: TLoginAs,
  bank: string,
  options: { accessList?: boolean; viaCatalog?: boolean } = {},
) {
  const s = uniqueSuffix();
  const published = await seedPublishedResource(db, s, { accessList: options.accessList });
  const consumer = await consumerWithAdmin(db, `${bank} ${s}`);
  await loginAs(consumer.user);
  const { orgNumber, name } = consumer.organisation;
  const viaCatalog = options.viaCatalog ? name : undefined;
  const requestId = await requestAccess(page, orgNumber, published.identifier, published.scope, viaCatalog);
  return { s, ...published, consumer, requestId };
}
