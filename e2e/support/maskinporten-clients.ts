import type { Page } from "@playwright/test";
import { emulatorState } from "./emulator";
import { expect } from "@playwright/test";

// A consumer's Maskinporten clients as the client specs see them: in the emulator's Maskinporten (found by the
// organisation's number, each test making its own organisation) and on the clients page.

type TEmulatorClient = {
  client_id: string;
  client_name: string;
  description: string;
  client_orgno: string;
  scopes: string[];
  jwks: Record<string, unknown>[];
};

export const emulatorClients = async (orgNumber: string, environment: "test" | "prod" = "test") =>
  ((await emulatorState()).maskinporten[environment] as unknown as { clients: TEmulatorClient[] }).clients.filter(
    (c) => c.client_orgno === orgNumber,
  );

/** The create form opens from its button under the list (its code loads then: issue 17, first-visit JavaScript). */
export const openCreateClient = (page: Page) => page.getByRole("button", { name: "Create a client" }).click();

export const card = (page: Page, name: string) => page.locator(`[data-testid="client-card"][data-client="${name}"]`);
export const expectSynced = (page: Page, name: string) =>
  expect(card(page, name).getByTestId("client-sync")).toHaveAttribute("data-status", "SYNCED", { timeout: 30_000 });
