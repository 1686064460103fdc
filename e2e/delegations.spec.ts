import { createOrganisation, createUser } from "../test/factories";
import { DCR_SCOPES, delegateToPortal } from "./support/consumer-setup";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";

test("a member sees exactly which scope is not delegated, and the fix shows after delegating", async ({
  page,
  member,
}) => {
  const { organisation } = await member("ADMIN", { person: "Dina Delegate", organisation: "Delegasjon Bank AS" });
  // In the test environment the bank has delegated one of the three scopes; in production none.
  await delegateToPortal(organisation.orgNumber, ["idporten:dcr.read"]);
  await page.goto(`/orgs/${organisation.orgNumber}`);

  const testEnv = page.getByTestId("delegations-test");
  await expect(testEnv.getByText("2 scopes are not delegated:")).toBeVisible();
  await expect(testEnv.getByRole("listitem").filter({ hasText: "idporten:dcr.modify" }).first()).toBeVisible();
  await expect(testEnv.getByText(/Access management → Maskinporten scopes delegated to suppliers/)).toContainText(
    "Digitaliseringsdirektoratet (991825827)",
  );
  await expect(page.getByTestId("delegations-prod").getByText("3 scopes are not delegated:")).toBeVisible();

  // Every check was a real token request with consumer_org, scope by scope.
  const requests = (await emulatorState()).requests.filter((r) => r.path === "/test/maskinporten/token");
  expect(requests.length).toBeGreaterThanOrEqual(3);

  await delegateToPortal(organisation.orgNumber, DCR_SCOPES);
  await testEnv.getByRole("button", { name: "Check again" }).click();
  await expect(testEnv.getByText("Every scope the portal needs is delegated.")).toBeVisible();
});

test("the overview starts its delegation checks as the browser reads it, one ask per environment", async ({
  page,
  member,
}) => {
  const { organisation } = await member("VIEWER");
  await delegateToPortal(organisation.orgNumber, ["idporten:dcr.read"]);
  // The document names the checks for the browser to start before any script runs; it shows no answer of its own.
  const html = await (
    await page.context().request.get(`/orgs/${organisation.orgNumber}`, { headers: { "accept-language": "en" } })
  ).text();
  for (const environment of ["test", "prod"]) {
    const url = `/api/orgs/${organisation.orgNumber}/delegations?environment=${environment}`;
    expect(fetchPreloadsIn(html)).toContainEqual(expect.stringContaining(`href="${url}"`));
  }
  expect(html).not.toMatch(/\d scopes are not delegated:/);
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/delegations?")) asked.push(new URL(request.url()).search);
  });
  const since = new Date().toISOString();
  await page.goto(`/orgs/${organisation.orgNumber}`);
  await expect(page.getByTestId("delegations-test").getByText("2 scopes are not delegated:")).toBeVisible();
  await expect(page.getByTestId("delegations-prod").getByText("3 scopes are not delegated:")).toBeVisible();
  expect(asked.sort()).toEqual(["?environment=prod", "?environment=test"]);
  // Each answer is Maskinporten's, asked for every scope the portal needs.
  const tokens = (await emulatorState()).requests.filter(
    (r) => r.path.endsWith("/maskinporten/token") && ((r as { at?: string }).at ?? "") >= since,
  );
  expect(tokens.length).toBeGreaterThanOrEqual(5);
});

test("the delegation status of another organisation is refused", async ({ db, loginAs, context }) => {
  const outsider = await createUser(db);
  const owner = await createUser(db);
  const organisation = await createOrganisation(db, { members: [{ userId: owner.id, role: "ADMIN" }] });
  await loginAs(outsider);
  const response = await context.request.get(`/api/orgs/${organisation.orgNumber}/delegations?environment=test`);
  expect(response.status()).toBe(404);
});

/** The `<link rel="preload" as="fetch" crossorigin="anonymous">` elements in a document's head, as sent. */
function fetchPreloadsIn(html: string): string[] {
  const head = html.slice(0, html.indexOf("</head>"));
  return [...head.matchAll(/<link rel="preload"[^>]*>/g)]
    .map((match) => match[0])
    .filter((link) => link.includes('as="fetch"') && link.includes('crossorigin="anonymous"'));
}
