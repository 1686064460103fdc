import { createOrganisation, serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { addFaultRule, emulatorScope, openNewScope, scopeRow, seedScope, SKD } from "./support/scopes";

// Skatteetaten's scopes (prefix `skd`), shared with other specs: every subscope here is unique to its run.
// Fault rules are added to those already set (never replacing them), each with a small `remaining`.

test.describe.configure({ mode: "serial" });

test("when Maskinporten cannot be asked, the list says 'could not check' instead of failing", async ({
  page,
  db,
  loginAs,
}) => {
  const { user } = await serviceOwnerMember(db, { role: "EDITOR" });
  const subscope = `e2e.unknown${uniqueSuffix()}`;
  await seedScope(db, { environment: "PROD", subscope, status: "SYNCED" });
  // The list call and its two retries all fail. Other specs running in parallel (the upstream status page, the
  // production list of another scope spec) may take some of these faults, so there are more than three; they
  // only assert on what they can see, never on the production list's comparison.
  await addFaultRule({
    path: "^/prod/maskinporten-admin/api/v1/scopes$",
    method: "GET",
    status5xxRate: 1,
    remaining: 12,
  });
  await loginAs(user);
  await page.goto(`/orgs/${SKD}/scopes?environment=prod`);
  const row = scopeRow(page, `skd:${subscope}`);
  await expect(row.getByTestId("scope-sync")).toHaveAttribute("data-status", "SYNCED");
  await expect(row.getByTestId("scope-in-maskinporten")).toHaveText(
    /Could not check \(maskinporten-admin:prod: HTTP 5\d\d\)/,
  );
  const faulted = (await emulatorState()).requests.filter(
    (request) =>
      request.path === "/prod/maskinporten-admin/api/v1/scopes" &&
      request.method === "GET" &&
      (request.status ?? 0) >= 500,
  );
  expect(faulted.length).toBeGreaterThanOrEqual(3);
});

test("the list's comparison is preloaded from its route: a first visit asks it once, and the create form opens on demand", async ({
  page,
  db,
  serviceOwner,
}) => {
  await serviceOwner("EDITOR", "Stina Strøm");
  const subscope = `e2e.streamed${uniqueSuffix()}`;
  await seedScope(db, { environment: "TEST", subscope, status: "FAILED", lastError: "HTTP 500" });
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/scopes/maskinporten")) asked.push(request.url());
  });
  // The page preloads the comparison only while no scope's change is on its way (other specs create scopes in
  // parallel, each pending for a moment): a load during such a moment asks through the query library, and is retried.
  await expect(async () => {
    asked.length = 0;
    await page.goto(`/orgs/${SKD}/scopes?environment=test`, { waitUntil: "networkidle" });
    await expect(scopeRow(page, `skd:${subscope}`).getByTestId("scope-in-maskinporten")).toHaveText(
      "Missing in Maskinporten",
      { timeout: 2_000 },
    );
    // One ask, the preload's, which the cells took over.
    expect(asked).toEqual([`${test.info().project.use.baseURL}/orgs/${SKD}/scopes/maskinporten?environment=test`]);
    const preloads = await page.locator('link[rel="preload"][as="fetch"]').count();
    expect(preloads).toBe(1);
  }).toPass({ timeout: 30_000 });

  await expect(page.getByLabel("Subscope")).toHaveCount(0);
  await openNewScope(page);
  await expect(page.getByTestId("scope-name-preview")).toHaveText("Full name: skd:…");
});

test("a viewer sees the scopes and their state, without any control to change them", async ({ page, db, loginAs }) => {
  const { user } = await serviceOwnerMember(db, { role: "VIEWER", name: "Vera Viewer" });
  const failed = `e2e.viewer${uniqueSuffix()}`;
  const scope = await seedScope(db, { environment: "TEST", subscope: failed, status: "FAILED", lastError: "HTTP 500" });
  await loginAs(user);
  await page.goto(`/orgs/${SKD}/scopes`);
  await expect(
    page.getByText("You can see the scopes. Only editors and administrators can create, change or deactivate them."),
  ).toBeVisible();
  const row = scopeRow(page, `skd:${failed}`);
  await expect(row.getByTestId("scope-sync")).toContainText("Failed: HTTP 500");
  await expect(row.getByTestId("scope-in-maskinporten")).toHaveText("Missing in Maskinporten");
  await expect(page.getByRole("button", { name: "Create scope" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "New scope" })).toHaveCount(0);
  await expect(page.getByLabel("Subscope")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Edit skd:/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Retry / })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Copy to production/ })).toHaveCount(0);

  // Opening the scope's page directly shows it read-only.
  await page.goto(`/orgs/${SKD}/scopes/${scope.id}`);
  await expect(page.getByRole("heading", { name: `Scope skd:${failed}`, level: 1 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Change this scope" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Deactivate scope" })).toHaveCount(0);

  // A member of an organisation without a scope prefix is told that only service owners have scopes.
  const consumer = await createOrganisation(db, { members: [{ userId: user.id, role: "ADMIN" }] });
  await page.goto(`/orgs/${consumer.orgNumber}/scopes`);
  await expect(page.getByText("Only service owners have Maskinporten scopes.")).toBeVisible();
  await expect(page.getByLabel("Subscope")).toHaveCount(0);

  // Nothing reached Maskinporten on the viewer's behalf.
  expect(await emulatorScope("test", `skd:${failed}`)).toBeUndefined();
});
