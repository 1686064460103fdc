import type { Page } from "@playwright/test";
import { DCR_SCOPES, delegateToPortal } from "./support/consumer-setup";
import { expect, test } from "./support/fixtures";

// Issue 17: the live checks run on TanStack Query, loaded only at a check's first real need (components/ui/
// live-query-client.ts). The page asks the browser to preload each check's first answer from its route
// (components/ui/live-check-preload.tsx) and shows it without the library; "Check again" loads it.

// A field of a query's state that only TanStack Query's code names (next-auth's client has `refetchOnWindowFocus` too).
const TANSTACK_MARKER = "fetchFailureReason";

/** The scripts the page downloads whose code holds `marker` (read once the page has them all). */
function scriptsHolding(page: Page, marker: string): () => Promise<string[]> {
  const checks: Promise<string | undefined>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script")
      checks.push(response.text().then((code) => (code.includes(marker) ? response.url() : undefined)));
  });
  return async () => (await Promise.all(checks)).filter((url): url is string => url !== undefined);
}

test("the overview shows the preloaded delegation check without TanStack Query; Check again loads it and asks once", async ({
  page,
  member,
}) => {
  const { organisation } = await member("ADMIN", { organisation: "Lazy Query AS" });
  await delegateToPortal(organisation.orgNumber, ["idporten:dcr.read"]);
  const tanstack = scriptsHolding(page, TANSTACK_MARKER);
  const asked: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/delegations?")) asked.push(new URL(request.url()).search);
  });

  await page.goto(`/orgs/${organisation.orgNumber}`, { waitUntil: "networkidle" });
  const testEnv = page.getByTestId("delegations-test");
  await expect(testEnv.getByText("2 scopes are not delegated:")).toBeVisible();
  expect(await tanstack()).toEqual([]);
  // One ask per environment, the preload's: the panel took it over rather than asking again.
  expect(asked.sort()).toEqual(["?environment=prod", "?environment=test"]);
  const preloads = await page
    .locator('link[rel="preload"][as="fetch"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).search));
  expect(preloads.sort()).toEqual(["?environment=prod", "?environment=test"]);
  asked.length = 0;

  await delegateToPortal(organisation.orgNumber, DCR_SCOPES);
  await testEnv.getByRole("button", { name: "Check again" }).click();
  await expect(testEnv.getByText("Every scope the portal needs is delegated.")).toBeVisible();
  await expect.poll(async () => (await tanstack()).length).toBe(1);
  // Only the environment asked for was asked again; production keeps the answer it streamed.
  expect(asked).toEqual(["?environment=test"]);
  await expect(page.getByTestId("delegations-prod").getByText("3 scopes are not delegated:")).toBeVisible();
});
