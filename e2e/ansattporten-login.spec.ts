import { randomNationalIdentityNumber, randomOrganisationNumber } from "../test/identifiers";
import { logInThroughAnsattporten, removeAltinnRights, setAltinnRights } from "./support/ansattporten-login";
import { expect, test } from "./support/fixtures";

// Issue 14: who may act for an organisation comes from Altinn, through Ansattporten's organisation picker. The
// organisation and persons are this spec's own (fresh numbers, rights set in the emulator's Altinn), so specs running
// at the same time see none of it; the emulator names an unknown organisation "Testvirksomhet <number>".

const ADMIN_RESOURCE = "consent-portal-admin";
const READ_RESOURCE = "consent-portal-read";

test.describe("an organisation set up from Altinn", () => {
  // The cases share the emulator's rights for one organisation: the admin sets it up, then the reader uses it.
  test.describe.configure({ mode: "serial" });

  const orgNumber = randomOrganisationNumber();
  const elsewhere = randomOrganisationNumber();
  const admin = { pid: randomNationalIdentityNumber(), name: "Alma Altinn" };
  const reader = { pid: randomNationalIdentityNumber(), name: "Lars Leser" };

  test.beforeAll(async () => {
    await setAltinnRights(admin.pid, orgNumber, [`urn:altinn:resource:${ADMIN_RESOURCE}`]);
    await setAltinnRights(reader.pid, orgNumber, [READ_RESOURCE]);
  });
  test.afterAll(async () => {
    await removeAltinnRights(admin.pid);
    await removeAltinnRights(reader.pid);
  });

  test("a person with the admin right picks a new organisation and uses it at once", async ({
    page,
    db,
    platformPage,
  }) => {
    expect(await db.organisation.findUnique({ where: { orgNumber } })).toBeNull();
    await page.goto(`/orgs/${orgNumber}`);
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
    await logInThroughAnsattporten(page, admin, orgNumber);

    await expect(page).toHaveURL(new RegExp(`/orgs/${orgNumber}$`));
    await expect(page.getByTestId("signed-in-user")).toHaveText(admin.name);
    await expect(page.getByTestId("your-role")).toHaveText("Administrator");
    const organisation = await db.organisation.findUniqueOrThrow({ where: { orgNumber } });
    expect(organisation).toMatchObject({ name: `TESTVIRKSOMHET ${orgNumber}`, orgCode: null });
    expect(
      await db.membership.findFirstOrThrow({ where: { organisationId: organisation.id, user: { pid: admin.pid } } }),
    ).toMatchObject({ role: "ADMIN", source: "ALTINN", active: true, altinnResources: [ADMIN_RESOURCE] });

    // The platform administrators see how it came, and have no registration form any more.
    await page.context().clearCookies();
    await platformPage("/admin", "Platform administration", "Petra Platform");
    await expect(page.getByTestId("organisation-row").filter({ hasText: orgNumber })).toContainText(
      `First admin login (${admin.name})`,
    );
    await expect(page.getByRole("button", { name: "Register organisation" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Upstream status: Maskinporten and Altinn" })).toBeVisible();
  });

  test("a person with only the read right uses it as a viewer", async ({ page }) => {
    await page.goto(`/orgs/${orgNumber}`);
    await logInThroughAnsattporten(page, reader, orgNumber);
    await expect(page).toHaveURL(new RegExp(`/orgs/${orgNumber}$`));
    await expect(page.getByTestId("your-role")).toHaveText("Viewer");
  });

  test("after the right is removed in Altinn, the next login no longer offers or opens the organisation", async ({
    page,
    db,
  }) => {
    await setAltinnRights(reader.pid, orgNumber, []);
    // A right for another organisation, not in the portal, so the picker still shows (without the removed one).
    await setAltinnRights(reader.pid, elsewhere, [READ_RESOURCE]);

    await page.goto("/signin");
    await logInThroughAnsattporten(page, reader);
    await expect(page.getByRole("heading", { name: "Choose whom to represent" })).toBeVisible();
    await expect(page.getByRole("radio", { name: new RegExp(orgNumber) })).toHaveCount(0);
    await page.getByRole("radio", { name: new RegExp(elsewhere) }).check();
    await page.getByRole("button", { name: "Continue" }).click();

    // Nothing the portal can open for this person: the diagnostics page, not a dead end.
    await expect(page).toHaveURL(/\/access$/);
    const response = await page.goto(`/orgs/${orgNumber}`);
    expect(response?.status()).toBe(404);
    expect(
      await db.membership.findFirstOrThrow({ where: { organisation: { orgNumber }, user: { pid: reader.pid } } }),
    ).toMatchObject({ role: "VIEWER", source: "ALTINN", active: false });
  });
});

test("a person with no right anywhere lands on the diagnostics page", async ({ page, db }) => {
  const nobody = { pid: randomNationalIdentityNumber(), name: "Nils Ingen" };
  await page.goto("/signin");
  await logInThroughAnsattporten(page, nobody);
  await expect(page).toHaveURL(/\/access$/);
  const user = await db.user.findUniqueOrThrow({ where: { pid: nobody.pid } });
  expect(user.lastAuthorization).toMatchObject({ parties: [], unknownResources: [] });
});
