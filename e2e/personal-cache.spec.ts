import type { Page, Response } from "@playwright/test";
import { createOrganisation, createUser, uniqueSuffix } from "../test/factories";
import { expect, test } from "./support/fixtures";
import { DCR_SCOPES, delegateToPortal } from "./support/consumer-setup";

// Issue 17.2: a signed-in person's page is answered again from the portal's memory (lib/platform/cache/
// personal-page-key.ts) until a record it could show changes, its render called an upstream API, or the session ends.

/** Reloads until the document comes from memory (its compressed form is made in the background after the first). */
async function expectFromMemory(page: Page, path: string) {
  await page.goto(path);
  await expect(async () => {
    const response = (await page.reload()) as Response;
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-portal-cache"], path).toBe("HIT");
  }).toPass({ timeout: 15_000 });
}

test("a person's page comes from memory until a record changes, and never after the session ends", async ({
  page,
  db,
  loginAs,
}) => {
  const s = uniqueSuffix();
  const person = await createUser(db, { name: `Kari Kopi ${s}` });
  const organisation = await createOrganisation(db, { members: [{ userId: person.id, role: "ADMIN" }] });
  await loginAs(person);
  const members = `/orgs/${organisation.orgNumber}/members`;
  await expectFromMemory(page, members);
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  const csp = ((await page.reload()) as Response).headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/'nonce-[^']+'/);
  // Each script's nonce is the one in the policy it came with (it went out with the kept page).
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(await page.locator("script[nonce]").count()).toBeGreaterThan(0);
  expect(await page.evaluate(() => [...document.scripts].map((script) => script.nonce).filter(Boolean))).toEqual(
    expect.arrayContaining([nonce]),
  );

  // A change made elsewhere (another process, straight into the database): the next load shows it.
  const newcomer = await createUser(db, { name: `Nils Nykommer ${s}` });
  await db.membership.create({ data: { userId: newcomer.id, organisationId: organisation.id, role: "VIEWER" } });
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(`Nils Nykommer ${s}`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expectFromMemory(page, members);
  await expect(page.getByText(`Nils Nykommer ${s}`)).toBeVisible();

  // Signing out ends the session: the same cookies, replayed, get the sign-in page, never the kept one.
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page.getByRole("link", { name: "Log in", exact: true })).toBeVisible();
  await page.context().addCookies(copied);
  const replayed = (await page.goto(members)) as Response;
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  expect(replayed.headers()["x-portal-cache"]).toBeUndefined();
});

test("a kept page's live checks still ask upstream on every view: the page preloads them from their routes", async ({
  page,
  member,
}) => {
  const { organisation } = await member("ADMIN", { organisation: "Kopi og Sjekk AS" });
  await delegateToPortal(organisation.orgNumber, ["idporten:dcr.read"]);
  const overview = `/orgs/${organisation.orgNumber}`;
  await expectFromMemory(page, overview);
  const testEnv = page.getByTestId("delegations-test");
  await expect(testEnv.getByText("2 scopes are not delegated:")).toBeVisible();

  // Delegated in Altinn meanwhile: the page itself comes from memory, the check it starts answers anew.
  await delegateToPortal(organisation.orgNumber, DCR_SCOPES);
  // (Other specs write meanwhile, and any write renders every page anew once: reloaded until one comes from memory.)
  await expect(async () => {
    const response = (await page.reload()) as Response;
    expect(response.headers()["x-portal-cache"]).toBe("HIT");
  }).toPass({ timeout: 15_000 });
  await expect(testEnv.getByText("Every scope the portal needs is delegated.")).toBeVisible();
});

test("a page whose render asks an upstream API is rendered every time", async ({ page, serviceOwner }) => {
  test.setTimeout(60_000);
  await serviceOwner("ADMIN", "Live Sjekk");
  // Adopting lists what Maskinporten and the registry hold that the portal does not: read while the page renders.
  await page.goto("/orgs/974761076/sync/adopt");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  for (let i = 0; i < 3; i++) {
    const reloaded = (await page.reload()) as Response;
    expect(reloaded.headers()["x-portal-cache"]).toBeUndefined();
  }
});
