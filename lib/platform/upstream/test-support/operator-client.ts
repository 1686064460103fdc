import { generateTestClientKey, type TestClientKey } from "./test-upstream-config";

// The portal's operator (Digdir, 991825827) at an emulator: a Maskinporten client with a fresh key and the scopes a
// test or benchmark needs, registered through the emulator's control API, and that API for the rest of the setup.

export const OPERATOR_ORG = "991825827";

/** What the worker's scope and access-list jobs need: Maskinporten's scope administration and the registry's lists. */
export const SCOPE_AND_LIST_SCOPES = [
  "idporten:scopes.write",
  "altinn:resourceregistry/accesslist.read",
  "altinn:resourceregistry/accesslist.write",
] as const;

/** Calls a control endpoint (`/clients`, `/state`, `/faults`, …); fails unless it answers 2xx. */
export async function emulatorControl(emulatorUrl: string, path: string, method: string, body?: unknown) {
  const response = await fetch(`${emulatorUrl}/_emulator${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`emulator ${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

/** Registers the operator's client in the emulator's test environment and returns its key. */
export async function registerOperatorClient(
  emulatorUrl: string,
  options: { clientId: string; scopes: readonly string[] },
): Promise<TestClientKey> {
  const key = await generateTestClientKey();
  await emulatorControl(emulatorUrl, "/clients", "POST", {
    env: "test",
    client_id: options.clientId,
    client_orgno: OPERATOR_ORG,
    scopes: options.scopes,
    jwks: { keys: [key.publicJwk] },
  });
  return key;
}
