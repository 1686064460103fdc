import { serviceOwnerMember, uniqueSuffix } from "../test/factories";
import { expect, test } from "./support/fixtures";

// Two editors of Skatteetaten open the same access list's edit form, each in a browser of their own, and both save
// from the version they loaded: the first save stands, the second is told who saved and when, and keeps what they
// typed (lib/scopes/optimistic-edit.ts).

const SKD = "974761076";

test("two editors save one access list's name from the same loaded page: the second is told who saved first", async ({
  page,
  db,
  serviceOwner,
  asOther,
}) => {
  const anna = await serviceOwner("EDITOR", "Anna Redaktør");
  const bjorn = await serviceOwnerMember(db, { role: "EDITOR", name: "Bjørn Redaktør" });
  const identifier = `e2e-samtidig-${uniqueSuffix()}`;
  const list = await db.accessList.create({
    data: { organisationId: anna.organisation.id, environment: "TEST", identifier, name: "Banker" },
    select: { id: true },
  });
  const other = await asOther(bjorn.user);
  const path = `/orgs/${SKD}/access-lists/${list.id}`;
  await page.goto(path);
  await other.page.goto(path);
  // The edit form opens on demand (its code loads then).
  for (const editor of [page, other.page]) await editor.getByRole("button", { name: "Edit the list" }).click();
  const annasForm = page.getByRole("form", { name: "Name and description" });
  const bjornsForm = other.page.getByRole("form", { name: "Name and description" });
  await expect(annasForm.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Banker");
  await expect(bjornsForm.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Banker");

  await annasForm.getByRole("textbox", { name: "Name", exact: true }).fill("Banker i Norge");
  await annasForm.getByRole("button", { name: "Save" }).click();
  await expect(annasForm.getByRole("status")).toContainText("Saved.");

  // Bjørn's page still has the version both loaded: his save is refused, and his text stays in the form.
  await bjornsForm.getByRole("textbox", { name: "Name", exact: true }).fill("Banker og forsikring");
  await bjornsForm.getByRole("button", { name: "Save" }).click();
  await expect(bjornsForm.getByRole("alert")).toContainText(
    /^Anna Redaktør saved this access list at \d{4}-\d{2}-\d{2} \d{2}:\d{2} while you were editing/,
  );
  await expect(bjornsForm.getByRole("textbox", { name: "Name", exact: true })).toHaveValue("Banker og forsikring");
  expect((await db.accessList.findUniqueOrThrow({ where: { id: list.id } })).name).toBe("Banker i Norge");

  // Anna's form carries the version her save handed back: she saves again without reloading.
  await annasForm.getByRole("textbox", { name: "Name", exact: true }).fill("Banker i Norge AS");
  await annasForm.getByRole("button", { name: "Save" }).click();
  await expect
    .poll(async () => (await db.accessList.findUniqueOrThrow({ where: { id: list.id } })).name)
    .toBe("Banker i Norge AS");
  await other.context.close();
});
