import { E2E_EMULATOR_URL } from "./support/e2e-env";
import { emulatorState } from "./support/emulator";
import { expect, test } from "./support/fixtures";

// Real logins through the emulator's Ansattporten (person, then the organisation picker) ending in the portal's
// diagnostics: what the login said, which Altinn right is missing, and who gives it. Seeded Altinn rights:
// emulator/ansattporten/altinn-rights.ts (Jonas Lie none; Per Hansen read for Skatteetaten).

async function logInThroughAnsattporten(page: import("@playwright/test").Page, person: RegExp) {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Log in with Ansattporten" }).click();
  await expect(page).toHaveURL(new RegExp(`^${E2E_EMULATOR_URL}/ansattporten/interaction/`));
  await expect(page.getByRole("heading", { name: /Ansattporten test login/ })).toBeVisible();
  await page.getByRole("button", { name: person }).click();
}

test("a person with no rights lands on the diagnostics page naming the rights to ask for and who gives them", async ({
  page,
  db,
}) => {
  await logInThroughAnsattporten(page, /Jonas Lie/);
  // Nothing to pick from: Ansattporten sends him back as himself, and the portal to /access.
  await expect(page).toHaveURL(/\/access$/);
  await expect(page.getByRole("heading", { name: "Access from Altinn", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your latest login did not name an organisation" })).toBeVisible();
  await expect(page.getByTestId("access-diagnosis")).toContainText("you hold none of the portal's rights");
  const rights = page.getByTestId("portal-rights");
  for (const id of ["consent-portal-admin", "consent-portal-write", "consent-portal-read"])
    await expect(rights).toContainText(`resource ${id}`);
  await expect(page.getByRole("region", { name: "The portal's rights in Altinn" })).toContainText(
    "given in Altinn by your organisation's access managers",
  );
  const jonas = await db.user.findUniqueOrThrow({ where: { pid: "07088521751" } });
  expect(jonas.lastAuthorization).toMatchObject({ parties: [] });
  // The portal really asked Ansattporten for its three resources (the emulator's request log).
  const asked = (await emulatorState()).requests
    .filter((request) => request.path.startsWith("/ansattporten/auth?"))
    .map((request) => new URL(request.path, E2E_EMULATOR_URL).searchParams.get("authorization_details") ?? "");
  expect(asked.some((details) => details.includes("urn:altinn:resource:consent-portal-read"))).toBe(true);
});

test("a read-only member picks the organisation, meets an administrator's page and is told which right is missing", async ({
  page,
}) => {
  await logInThroughAnsattporten(page, /Per Hansen/);
  // The picker lists exactly Per's organisation, as a labelled radio button.
  await expect(page.getByRole("heading", { name: "Choose whom to represent" })).toBeVisible();
  const choices = page.getByRole("group", { name: "Organisation to represent" });
  await expect(choices.getByRole("radio")).toHaveCount(1);
  await choices.getByRole("radio", { name: "Skatteetaten (974761076)" }).check();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByTestId("signed-in-user")).toHaveText("Per Hansen");

  await page.goto("/orgs/974761076/members");
  await expect(page.getByTestId("missing-right")).toContainText(
    "You are Viewer here. Administering the organisation takes the right consent-portal-admin.",
  );
  // An administrator's download answers with the same words.
  const exported = await page.request.get("/orgs/974761076/audit/export");
  expect(exported.status()).toBe(403);
  expect(JSON.stringify(await exported.json())).toContain("consent-portal-admin");

  await page.getByTestId("missing-right").getByRole("link", { name: "Access from Altinn" }).click();
  await expect(page.getByTestId("access-diagnosis")).toContainText(
    // The name as the token gives it: Ansattporten passes on Enhetsregisteret's registered name, in capitals.
    "You act for SKATTEETATEN (974761076) as Viewer, from the right consent-portal-read.",
  );
  await expect(page.getByTestId("access-diagnosis")).toContainText(
    "Changing things there takes the right consent-portal-write",
  );
});
