import type { Page } from "@playwright/test";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { draftWithOwnScope } from "./support/owner-resources";
import type { TEnvironment, TUpstreamEnvironment } from "@/lib/platform/environment";

// An owner's resource after onboarding: published, marked completed, deprecated (the registry has the status), its
// history naming who did what where and when, withdrawn everywhere, and deletion refused in production with the reason.

const SKD = "974761076";
type TStored = { resource: { status?: string } };
const registryStatus = async (environment: TUpstreamEnvironment, identifier: string) =>
  ((await emulatorState()) as unknown as Record<string, Record<TUpstreamEnvironment, Record<string, TStored>>>)[
    "resourceRegistry.resources"
  ]?.[environment]?.[identifier]?.resource.status;

async function waitForSynced(page: Page, environment: TEnvironment) {
  await expect(page.getByTestId(`environment-${environment}`).getByTestId("sync-state")).toHaveText("Synced", {
    timeout: 30_000,
  });
}

/** Clicks a status change, checks its confirmation's summary, and confirms. */
async function changeStatus(page: Page, action: string, summary: string[]) {
  const status = page.getByRole("region", { name: "Status" });
  await status.getByRole("button", { name: action, exact: true }).click();
  const dialog = page.getByRole("alertdialog");
  for (const line of summary) await expect(dialog.getByTestId("status-summary")).toContainText(line);
  await dialog.getByRole("button", { name: "Yes, change the status" }).click();
  return status;
}

test("an owner deprecates and withdraws a published resource, sees its history, and cannot delete it in production", async ({
  page,
  db,
  serviceOwner,
}) => {
  const owner = await serviceOwner("ADMIN", "Lena Livsløp");
  const { identifier } = await draftWithOwnScope(db, owner, "life");
  const publishing = `/orgs/${SKD}/resources/${identifier}/publishing`;
  await page.goto(publishing);
  const test_ = page.getByTestId("environment-TEST");
  const prod = page.getByTestId("environment-PROD");

  await test_.getByRole("button", { name: "Publish to Test" }).click();
  await waitForSynced(page, "TEST");
  await expect(page.getByTestId("current-status")).toHaveText("Status of the latest version (1): Under development");

  // Completed, then deprecated: each a new version, published again in test.
  let status = await changeStatus(page, "Mark completed", ["Saved as version 2", "Published again in: Test."]);
  await expect(status.getByRole("status")).toHaveText(
    "Saved as version 2 and on its way wherever the resource is published.",
  );
  await expect(page.getByTestId("current-status")).toHaveText("Status of the latest version (2): Completed");
  await waitForSynced(page, "TEST");
  status = await changeStatus(page, "Deprecate", ["stays published and usable", "Saved as version 3"]);
  await expect(page.getByTestId("current-status")).toHaveText("Status of the latest version (3): Deprecated");
  await expect(test_.getByTestId("published-version")).toHaveText("Version 3 · Published");
  await waitForSynced(page, "TEST");
  expect(await registryStatus("test", identifier)).toBe("Deprecated");

  // Production takes the deprecated version; once there, it cannot be deleted, and says why beside the button.
  await expect(prod.getByLabel("Version to publish")).toHaveValue("3");
  await prod.getByRole("button", { name: "Publish to Production" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, publish to production" }).click();
  await waitForSynced(page, "PROD");
  const deleteProd = prod.getByRole("button", { name: "Delete from production" });
  await expect(deleteProd).toBeDisabled();
  await expect(deleteProd).toHaveAccessibleDescription(/Altinn's Resource Registry refuses deletion in production/);

  // Withdrawn wherever it is published, production named in the confirmation.
  await changeStatus(page, "Withdraw", [
    "portal no longer offers it for access requests",
    "Published again in: Test, Production.",
    "Production changes for every consumer",
  ]);
  await expect(test_.getByTestId("published-version")).toHaveText("Version 4 · Withdrawn");
  await expect(prod.getByTestId("published-version")).toHaveText("Version 4 · Withdrawn");
  await waitForSynced(page, "TEST");
  await waitForSynced(page, "PROD");
  expect(await registryStatus("test", identifier)).toBe("Withdrawn");
  expect(await registryStatus("prod", identifier)).toBe("Withdrawn");
  await expect(page.getByTestId("current-status")).toHaveText("Status of the latest version (4): Withdrawn");
  await expect(page.getByRole("region", { name: "Status" })).toContainText("No status change is possible from here");
  await expect(prod.getByRole("button", { name: "Delete from production" })).toBeDisabled();
  await expect(prod.getByTestId("prod-delete-refused")).toContainText("Withdraw it instead.");

  // The history: who did what, where and when, newest first, and what each environment has now.
  await page.getByRole("link", { name: "Versions" }).click();
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByTestId("history-now-TEST")).toHaveText(
    "Test: version 4, Withdrawn, status Withdrawn · Synced",
  );
  await expect(history.getByTestId("history-now-PROD")).toHaveText(
    "Production: version 4, Withdrawn, status Withdrawn · Synced",
  );
  const rows = history.getByTestId("history-row");
  await expect(rows).toHaveCount(6);
  const year = String(new Date().getFullYear());
  const expected = [
    ["Production", "Withdrew version 4"],
    ["Test", "Withdrew version 4"],
    ["Production", "Published version 3 (Deprecated)"],
    ["Test", "Changed the status to Deprecated (version 3)"],
    ["Test", "Changed the status to Completed (version 2)"],
    ["Test", "Published version 1 (Under development)"],
  ];
  for (const [index, [where, what]] of expected.entries()) {
    // The two withdrawals are one transaction: their order between the environments is not asserted.
    const row = index < 2 ? rows.filter({ hasText: what! }).filter({ hasText: where! }) : rows.nth(index);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(where!);
    await expect(row).toContainText(what!);
    await expect(row).toContainText("Lena Livsløp");
    await expect(row).toContainText(year);
    await expect(row).toContainText("Synced");
  }
});
