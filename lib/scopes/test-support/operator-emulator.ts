import { expect } from "vitest";
import { startEmulator } from "@/emulator/start-emulator";
import { generateTestClientKey, testUpstreamConfig } from "@/lib/platform/upstream/test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "@/lib/platform/upstream/upstream-context";

// The emulator in-process for the job handlers' tests (access lists, Maskinporten clients): the portal's operator
// (Digdir, 991825827) gets a client with the scopes the handlers need, and the portal's upstream clients use it.
// Control endpoints (`/_emulator/...`) are called over HTTP, as the contract tests do.

const OPERATOR_ORG = "991825827";

export async function startOperatorEmulator(options: { clientId: string; scopes: string[] }) {
  const emulator = await startEmulator({ port: 0 });
  /** Calls a control endpoint (`/state`, `/faults`, `/delegations`, …) and expects it to succeed. */
  const control = async (path: string, method: string, body?: unknown) => {
    const response = await fetch(`${emulator.url}/_emulator${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.ok).toBe(true);
    return response.json() as Promise<Record<string, unknown>>;
  };
  const key = await generateTestClientKey();
  await control("/clients", "POST", {
    env: "test",
    client_id: options.clientId,
    client_orgno: OPERATOR_ORG,
    scopes: options.scopes,
    jwks: { keys: [key.publicJwk] },
  });
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(emulator.url, key, options.clientId)));
  return {
    operatorOrg: OPERATOR_ORG,
    control,
    async close() {
      setUpstreamContext(undefined);
      await emulator.close();
    },
  };
}
