import { E2E_EMULATOR_URL } from "./e2e-env";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";

// The emulator's control endpoints: set up upstream state for a spec and read back what the portal really did.

export async function emulatorControl(path: string, method: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${E2E_EMULATOR_URL}/_emulator${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

export type TEmulatorState = {
  maskinporten: Record<TUpstreamEnvironment, { scopes: { name: string; description: string; active: boolean }[] }>;
  requests: { env?: string; method: string; path: string; status: number | null }[];
};

export const emulatorState = () => emulatorControl("/state", "GET") as Promise<TEmulatorState>;

/**
 * Adds fault rules (the emulator appends them atomically). Specs run in parallel against one emulator,
 * so they add rules with a `remaining` limit and a path only they use, and never replace others' rules.
 */
export const addFaultRules = (rules: Record<string, unknown>[]) => emulatorControl("/faults", "POST", { rules });
