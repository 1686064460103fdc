import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { PrismaClient } from "../../lib/platform/db/create-prisma-client";
import { scopeChangeTarget } from "../../lib/scopes/scope-target";
import { addFaultRules, emulatorState } from "./emulator";
import type { TEnvironment, TUpstreamEnvironment } from "@/lib/platform/environment";

// Skatteetaten's scopes (prefix `skd`) for the scope specs: what the page shows, what Maskinporten has, and scopes
// seeded as the worker would leave them.

export const SKD = "974761076";
export type TEmulatorScope = {
  name: string;
  description: string;
  active: boolean;
  at_max_age?: number;
  visibility?: string;
};

export const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.help}`);

export const scopeRow = (page: Page, name: string) => page.locator(`[data-testid="scope-row"][data-scope="${name}"]`);

export async function emulatorScope(
  environment: TUpstreamEnvironment,
  name: string,
): Promise<TEmulatorScope | undefined> {
  const scopes = (await emulatorState()).maskinporten[environment].scopes as TEmulatorScope[];
  return scopes.find((scope) => scope.name === name);
}

/** Opens the create form under the list ("New scope": its code loads when opened, issue 17). */
export async function openNewScope(page: Page) {
  await page.getByRole("button", { name: "New scope" }).click();
  await expect(page.getByLabel("Subscope")).toBeVisible();
}

/** Opens the edit form on a scope's page ("Change this scope": its code loads when opened, issue 17). */
export async function openScopeEditor(page: Page) {
  await page.getByRole("button", { name: "Change this scope" }).click();
  await expect(page.getByRole("heading", { name: "Change the scope", level: 2 })).toBeVisible();
}

export const addFaultRule = (rule: Record<string, unknown>) => addFaultRules([rule]);

/** A scope the portal has recorded, with its latest change in the given state (as the worker would leave it). */
export async function seedScope(
  db: PrismaClient,
  options: { environment: TEnvironment; subscope: string; status: "SYNCED" | "FAILED"; lastError?: string },
) {
  const skd = await db.organisation.findUniqueOrThrow({ where: { orgNumber: SKD } });
  const description = `Seeded ${options.subscope}`;
  const scope = await db.maskinportenScope.create({
    data: {
      organisationId: skd.id,
      environment: options.environment,
      prefix: "skd",
      subscope: options.subscope,
      description,
    },
  });
  await db.upstreamChange.create({
    data: {
      organisationId: skd.id,
      environment: options.environment,
      kind: "maskinporten.scope.upsert",
      ...scopeChangeTarget(options.environment, `skd:${options.subscope}`),
      payload: {
        actingFor: SKD,
        scope: {
          prefix: "skd",
          subscope: options.subscope,
          description,
          long_description: "",
          visibility: "PUBLIC",
          allowed_integration_types: ["maskinporten"],
        },
      },
      status: options.status,
      attempts: options.status === "FAILED" ? 11 : 1,
      lastError: options.lastError ?? null,
    },
  });
  return scope;
}
