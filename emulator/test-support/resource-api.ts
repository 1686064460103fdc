import { beforeAll, expect } from "vitest";
import { altinnToken } from "./altinn-token";
import { STAMI_ORG_NUMBER } from "./consent-resource";
import { emulatorPerFile } from "./emulator-per-file";
import { registryCall, registryUrl } from "./registry-api";

export const WRITE = "altinn:resourceregistry/resource.write";
export const ADMIN = "altinn:resourceregistry/resource.admin";

/**
 * Resources in a file's emulator (its state kept from test to test), with the write tokens of Stami and of
 * Skatteetaten (another owner), filled in before the first test.
 */
export function resourcesPerFile() {
  const emulator = emulatorPerFile({ resetEachTest: false });
  const tokens = { stami: "", skd: "" };
  beforeAll(async () => {
    tokens.stami = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: [WRITE] });
    tokens.skd = await altinnToken(emulator.url, { orgNumber: "974761076", scopes: [WRITE] });
  });
  const base = () => registryUrl(emulator.url);
  const post = (token: string, resource: Record<string, unknown>) =>
    registryCall(token, "POST", `${base()}/resource`, resource);
  const put = (token: string, id: string, resource: Record<string, unknown>) =>
    registryCall(token, "PUT", `${base()}/resource/${id}`, resource);
  /** The registry's part of the emulator's state: per environment, each resource's version and policy rules. */
  async function registryState(): Promise<
    Record<string, Record<string, { version: number; policy: { rules: unknown[] } | null }>>
  > {
    const state = (await (await fetch(`${emulator.url}/_emulator/state`)).json()) as Record<string, unknown>;
    return state["resourceRegistry.resources"] as never;
  }
  return { emulator, base, tokens, post, put, registryState };
}

export async function validationProblem(response: Response) {
  expect(response.status).toBe(400);
  expect(response.headers.get("content-type")).toContain("application/problem+json");
  return (await response.json()) as { title: string; errors: Record<string, string[]> };
}

export const scopeReference = (reference: string) => ({
  resourceReferences: [{ referenceSource: "Default", reference, referenceType: "MaskinportenScope" }],
});
