import { uniqueSuffix } from "../test/factories";
import { DCR_SCOPES, OPERATOR } from "./support/consumer-setup";
import { emulatorControl } from "./support/emulator";
import { expect, test } from "./support/fixtures";
import { card, emulatorClients, expectSynced, openCreateClient } from "./support/maskinporten-clients";

// A client in production (issue 16.3): creating and changing it first says what Maskinporten's production gets and
// asks; Cancel sends nothing, and only the confirmed change reaches the emulator's production.

test("creating and changing a client in production asks first, saying what production gets", async ({
  page,
  member,
}) => {
  test.setTimeout(120_000);
  const { organisation } = await member("ADMIN", { person: "Pia Produksjon" });
  const org = organisation.orgNumber;
  await emulatorControl("/delegations", "POST", {
    env: "prod",
    consumerOrg: org,
    supplierOrg: OPERATOR,
    scopes: DCR_SCOPES,
  });
  const name = `Prodklient ${uniqueSuffix()}`;
  await page.goto(`/orgs/${org}/clients/prod`);
  await openCreateClient(page);
  await page.getByLabel("Name").fill(name);
  const create = page.getByRole("button", { name: "Create client" });
  await create.click();
  const confirmCreate = page.getByRole("alertdialog", { name: "Create the client in production?" });
  await expect(confirmCreate.getByTestId("production-summary")).toHaveText(
    `Maskinporten's production gets a new client ${name} with the scopes (none) and the key below: it can then get production tokens.`,
  );
  await confirmCreate.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmCreate).toHaveCount(0);
  await expect(card(page, name)).toHaveCount(0);
  expect(await emulatorClients(org, "prod")).toEqual([]);
  await create.click();
  await confirmCreate.getByRole("button", { name: "Yes, change production" }).click();
  await expectSynced(page, name);
  expect(await emulatorClients(org, "prod")).toEqual([expect.objectContaining({ client_name: name })]);
  expect(await emulatorClients(org, "test")).toEqual([]);

  // Changing it asks the same way; Cancel leaves Maskinporten's production as it was.
  await card(page, name).getByText("Change name, description or scopes").click();
  await card(page, name).getByLabel("Description (optional)").fill("Endret i produksjon");
  const save = card(page, name).getByRole("button", { name: "Save changes" });
  await save.click();
  const confirmEdit = page.getByRole("alertdialog", { name: `Change ${name} in production?` });
  await expect(confirmEdit.getByTestId("production-summary")).toContainText(
    `The client in Maskinporten's production gets the name ${name} and the scopes`,
  );
  await confirmEdit.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmEdit).toHaveCount(0);
  // The portal tags the description it sends with the client's own reference: the start is what the user wrote.
  expect((await emulatorClients(org, "prod"))[0]?.description ?? "").not.toMatch(/^Endret i produksjon/);
  await save.click();
  await confirmEdit.getByRole("button", { name: "Yes, change production" }).click();
  await expect
    .poll(async () => (await emulatorClients(org, "prod"))[0]?.description, { timeout: 30_000 })
    .toMatch(/^Endret i produksjon/);
});
