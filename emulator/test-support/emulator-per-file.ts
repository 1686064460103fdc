import { afterAll, beforeAll, beforeEach } from "vitest";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { registerTestClient } from "./maskinporten-client";
import { OPERATOR_SCOPES } from "../maskinporten/builtin-data";
import { DIGDIR_ORG_NUMBER } from "../orgs/org-register";

/**
 * One in-process emulator for a test file, reset to its built-in data before each test (unless `resetEachTest` is
 * false: then the tests of the file share its state). Call at the top of the file, before the file's own hooks
 * (hooks run in the order they are registered), and read `url` inside tests.
 */
export function emulatorPerFile({ resetEachTest = true } = {}): { readonly url: string } {
  let emulator: RunningEmulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, env: {} });
  });
  afterAll(() => emulator?.close());
  beforeEach(async () => {
    if (resetEachTest) await fetch(`${emulator!.url}/_emulator/reset`, { method: "POST" });
  });
  return {
    get url() {
      if (!emulator) throw new Error("the emulator starts in beforeAll");
      return emulator.url;
    },
  };
}

/** A Maskinporten token of the portal's operator acting for `consumerOrg` (through a delegation), as the portal gets. */
export async function operatorTokenFor(url: string, consumerOrg: string, scope: string): Promise<string> {
  const operator = await registerTestClient(url, { orgNumber: DIGDIR_ORG_NUMBER, scopes: [...OPERATOR_SCOPES] });
  return operator.accessToken(scope, { claims: { consumer_org: consumerOrg } });
}

/**
 * The test environment's Maskinporten admin API, called as the portal's operator acting for `consumerOrg` (a new
 * token with `scope` before each test) or with another `token`. Answers the status and the JSON body, if any.
 */
export function operatorAdminApi<TBody = Record<string, unknown>>(
  emulator: { readonly url: string },
  consumerOrg: string,
  scope: string,
) {
  let operatorToken = "";
  beforeEach(async () => {
    operatorToken = await operatorTokenFor(emulator.url, consumerOrg, scope);
  });
  return async (method: string, path: string, body?: unknown, token = operatorToken) => {
    const response = await fetch(`${emulator.url}/test/maskinporten-admin/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as TBody,
    };
  };
}
