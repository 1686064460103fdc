import { serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { E2E_EMULATOR_URL } from "./support/e2e-env";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { openNewScope } from "./support/scopes";

// Step-up (issue 12): a production change needs a login no older than PRODUCTION_LOGIN_MAX_AGE_MINUTES (15 by
// default). An administrator whose login is older is asked to log in again at ID-porten (prompt=login, max_age),
// comes back to the page, and the change then goes through. Every other spec logs in just before it changes production.

const SKD = "974761076";

test("an administrator with an old login logs in again at ID-porten, and the production change then goes through", async ({
  page,
  db,
  loginAs,
}) => {
  const { user } = await serviceOwnerMember(db, { role: "ADMIN", name: "Stian Step-up" });
  await loginAs(user);
  // Logged in 20 minutes ago (the session row is what the portal believes, never the cookie), active since.
  await db.userSession.updateMany({
    where: { userId: user.id },
    data: { createdAt: new Date(Date.now() - 20 * 60 * 1000) },
  });
  const subscope = `e2e.stepup.${uniqueSuffix()}`;
  const name = `skd:${subscope}`;
  const createInProduction = async () => {
    await openNewScope(page);
    await page.getByLabel("Subscope").fill(subscope);
    await page.getByLabel("Description", { exact: true }).fill("Step-up e2e");
    await page.getByRole("button", { name: "Create scope" }).click();
  };

  await page.goto(`/orgs/${SKD}/scopes?environment=prod`);
  await createInProduction();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "To change production you must have logged in within the last 15 minutes. Log in again, then make the change once more when you are back here.",
  );
  expect(await db.maskinportenScope.count({ where: { prefix: "skd", subscope } })).toBe(0);

  await page.getByRole("button", { name: "Log in again to change production" }).click();
  // The end-to-end stack logs in through the emulator's Ansattporten (LOGIN_PROVIDER=ansattporten).
  await expect(page).toHaveURL(new RegExp(`^${E2E_EMULATOR_URL}/ansattporten/interaction/`));
  await page.getByLabel("National identity number").fill(user.pid);
  await page.getByLabel("Name").fill("Stian Step-up");
  await page.getByRole("button", { name: "Log in with this number" }).click();

  // Back on the page the change was tried from, with a session that starts from the fresh authentication.
  await expect(page).toHaveURL(`/orgs/${SKD}/scopes?environment=prod`);
  await expect(page.getByTestId("signed-in-user")).toHaveText("Stian Step-up");
  const newest = await db.userSession.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
  expect(Date.now() - newest.createdAt.getTime()).toBeLessThan(5 * 60 * 1000);

  await createInProduction();
  await expect(page.getByRole("status")).toHaveText(`${name} was created and is on its way to Maskinporten.`);
  await expect
    .poll(async () => (await emulatorState()).maskinporten.prod.scopes.find((scope) => scope.name === name), {
      timeout: 20_000,
    })
    .toMatchObject({ description: "Step-up e2e", active: true });
  const calls = (await emulatorState()).requests.filter(
    (request) => request.method === "POST" && request.path === "/prod/maskinporten-admin/api/v1/scopes",
  );
  expect(calls.length).toBeGreaterThan(0);
});
