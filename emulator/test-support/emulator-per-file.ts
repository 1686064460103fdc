import { afterAll, beforeAll, beforeEach } from "vitest";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { registerTestClient } from "./maskinporten-client";
import { OPERATOR_SCOPES } from "../maskinporten/builtin-data";
import { DIGDIR_ORG_NUMBER } from "../orgs/org-register";

/**
 * One in-process emulator for a test file, reset to its built-in data before each test. Call at the top of the file,
 * before the file's own `beforeEach` (hooks run in the order they are registered), and read `url` inside tests.
 */
export function emulatorPerFile(): { readonly url: string } {
  let emulator: RunningEmulator | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, env: {} });
  });
  afterAll(() => emulator?.close());
  beforeEach(async () => {
    await fetch(`${emulator!.url}/_emulator/reset`, { method: "POST" });
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
