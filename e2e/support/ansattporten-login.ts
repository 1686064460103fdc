import { expect, type Page } from "@playwright/test";
import { emulatorControl } from "./emulator";

// Logging in through the emulator's Ansattporten (its login page and organisation picker), and setting the rights its
// Altinn holds. Specs give rights only to persons and organisations of their own (other specs run at the same time).

/** Replaces what `pid` holds for `orgNumber` in the emulator's Altinn (resource ids; none removes them). */
export const setAltinnRights = (pid: string, orgNumber: string, resources: string[]) =>
  emulatorControl(`/altinn-rights/${pid}/${orgNumber}`, "PUT", { resources });

/** Removes every right of `pid` in the emulator's Altinn. */
export const removeAltinnRights = (pid: string) => emulatorControl(`/altinn-rights/${pid}`, "DELETE");

/**
 * From the portal's sign-in page: logs in as a typed person and, when the picker shows, picks `orgNumber`
 * (or goes on as oneself when none is given).
 */
export async function logInThroughAnsattporten(
  page: Page,
  person: { pid: string; name: string },
  orgNumber?: string,
): Promise<void> {
  await page.getByRole("button", { name: "Log in with Ansattporten" }).click();
  await page.getByLabel("National identity number").fill(person.pid);
  await page.getByLabel("Name").fill(person.name);
  await page.getByRole("button", { name: "Log in with this number" }).click();
  if (!orgNumber) return;
  await expect(page.getByRole("heading", { name: "Choose whom to represent" })).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(orgNumber) }).check();
  await page.getByRole("button", { name: "Continue" }).click();
}
