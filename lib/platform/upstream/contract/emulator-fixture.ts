import { afterAll, beforeAll } from "vitest";
import { startEmulator } from "@/emulator/start-emulator";
import { generateTestClientKey, testUpstreamConfig } from "../test-support/test-upstream-config";
import { createUpstreamContext, setUpstreamContext } from "../upstream-context";

// Contract tests run the portal's clients against the real emulator, started in-process on a free port. Only
// `startEmulator` is imported from it: the control endpoints are called over HTTP, so the clients and the emulator
// stay independent readings of DOMAIN.md. The portal's operator client is registered for Digdir (991825827).

export const PORTAL_ORG = "991825827";
const CLIENT_ID = "portal-contract-client";
const OPERATOR_SCOPES = [
  "idporten:scopes.write",
  "idporten:dcr.read",
  "idporten:dcr.modify",
  "idporten:dcr.write",
  "altinn:resourceregistry/resource.write",
  "altinn:resourceregistry/accesslist.read",
  "altinn:resourceregistry/accesslist.write",
  "altinn:consentrequests.read",
  "altinn:consentrequests.write",
];

/** `env`: the emulator's settings for this run (e.g. EMULATOR_CONSENT_EVENTS_LAG_MS), none by default. */
export async function startContractEmulator(options: { env?: Record<string, string> } = {}) {
  const emulator = await startEmulator({ port: 0, env: options.env ?? {} });
  const key = await generateTestClientKey();
  await control(emulator.url, "POST", "/_emulator/reset");
  for (const env of ["test", "prod"]) {
    await control(emulator.url, "POST", "/_emulator/clients", {
      env,
      client_id: CLIENT_ID,
      client_orgno: PORTAL_ORG,
      scopes: OPERATOR_SCOPES,
      jwks: { keys: [key.publicJwk] },
    });
  }
  setUpstreamContext(createUpstreamContext(testUpstreamConfig(emulator.url, key, CLIENT_ID)));
  return {
    url: emulator.url,
    control: (method: string, path: string, body?: unknown) => control(emulator.url, method, path, body),
    async close() {
      setUpstreamContext(undefined);
      await emulator.close();
    },
  };
}

/** The contract emulator for one test file: started before its tests (the returned object is filled in then), closed after. */
export function contractEmulatorForTests() {
  const emulator = {} as Awaited<ReturnType<typeof startContractEmulator>>;
  beforeAll(async () => {
    Object.assign(emulator, await startContractEmulator());
  });
  afterAll(() => emulator.close());
  return emulator;
}

async function control(baseUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Valid organisation numbers (mod 11) for bulk tests. */
export function validOrgNumbers(count: number, start = 31000000): string[] {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const numbers: string[] = [];
  for (let base = start; numbers.length < count; base++) {
    const digits = String(base).padStart(8, "0");
    const sum = weights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) numbers.push(`${digits}${check}`);
  }
  return numbers;
}
