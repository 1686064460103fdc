import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { parse, stringify } from "yaml";
import { uniqueSuffix } from "../test/factories";
import { expect, test } from "./support/fixtures";
import { emulatorScope, SKD } from "./support/scopes";

// Definitions as code on its page: an administrator of Skatteetaten downloads the test export, pastes an edited
// document, sees the plan with exactly the edit, applies it, and Maskinporten (the emulator) has it. Skatteetaten is
// shared with specs running at the same time, so each pasted document names only this run's scope (`prune: false`,
// the default, leaves everything else alone).

type TDocument = {
  scopes: { subscope: string; description: string }[];
  consentResources: unknown[];
  accessLists: unknown[];
};

async function downloadYaml(page: Page): Promise<TDocument> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download YAML" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`definitions-${SKD}-test.yaml`);
  return parse(await readFile(await download.path(), "utf8")) as TDocument;
}

async function planText(page: Page, text: string) {
  await page.getByLabel("Document (YAML or JSON)").fill(text);
  await page.getByRole("button", { name: "Plan", exact: true }).click();
}

test("an owner exports, plans an edited document, applies it, and Maskinporten follows", async ({
  page,
  db,
  serviceOwner,
}) => {
  test.setTimeout(120_000);
  await serviceOwner("ADMIN", "Dina Definitions");
  const subscope = `defs.${uniqueSuffix()}`;
  const name = `skd:${subscope}`;
  await page.goto(`/orgs/${SKD}/sync/definitions?environment=test`);
  await expect(page.getByRole("heading", { name: "Definitions as code", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Test", exact: true })).toHaveAttribute("aria-current", "page");

  // A document that does not read is refused at its line, before anything is planned.
  await planText(page, "apiVersion: consent-portal/v1\nkind: OrganisationDefinitions\nscopes: [\n");
  await expect(page.locator("#definitions-document-problems")).toContainText("line");
  await expect(page.getByLabel("Document (YAML or JSON)")).toHaveAttribute("aria-invalid", "true");

  // The export, with this run's scope added: planned as one creation, applied, and sent to Maskinporten.
  const exported = await downloadYaml(page);
  const scope = {
    subscope,
    description: "Definisjonar som kode",
    longDescription: "",
    visibility: "PUBLIC",
    tokenLifetimeSeconds: null,
    allowedIntegrationTypes: ["maskinporten"],
  };
  const only = (scopes: unknown[]) => stringify({ ...exported, scopes, consentResources: [], accessLists: [] });
  await planText(page, only([scope]));
  const plan = page.getByTestId("definitions-plan");
  await expect(plan.locator("tbody tr")).toHaveCount(1);
  await expect(plan).toContainText(`Create scope ${subscope}`);
  await page.getByRole("button", { name: "Apply 1 change" }).click();
  await expect(page.getByText("Applied 1 change")).toBeVisible();
  await expect
    .poll(async () => (await emulatorScope("test", name))?.description, { timeout: 20_000 })
    .toBe(scope.description);
  await expect
    .poll(
      async () =>
        (await db.upstreamChange.findFirst({ where: { targetId: `test:${name}` }, orderBy: { sequence: "desc" } }))
          ?.status,
      { timeout: 20_000 },
    )
    .toBe("SYNCED");

  // Export again: the scope is there; edit its description, and the plan is exactly that edit.
  await page.reload();
  const again = await downloadYaml(page);
  const mine = again.scopes.find((entry) => entry.subscope === subscope);
  expect(mine).toEqual(scope);
  await planText(
    page,
    stringify({
      ...again,
      scopes: [{ ...mine, description: "Endra som kode" }],
      consentResources: [],
      accessLists: [],
    }),
  );
  await expect(plan.locator("tbody tr")).toHaveCount(1);
  await expect(plan).toContainText(`Update scope ${subscope}: description`);
  await page.getByRole("button", { name: "Apply 1 change" }).click();
  await expect(page.getByTestId("definitions-applied")).toContainText(subscope);
  await expect
    .poll(async () => (await emulatorScope("test", name))?.description, { timeout: 20_000 })
    .toBe("Endra som kode");

  // Planning the same document again finds nothing left to do.
  await page.getByRole("button", { name: "Plan", exact: true }).click();
  await expect(page.getByText("No changes: the portal already matches the document.")).toBeVisible();
});
