import { beforeAll, expect } from "vitest";
import { altinnToken } from "./altinn-token";
import { STAMI_ORG_NUMBER } from "./consent-resource";
import { emulatorPerFile } from "./emulator-per-file";
import { registryCall, registryUrl } from "./registry-api";

export const LIST_WRITE = "altinn:resourceregistry/accesslist.write";
export const LIST_READ = "altinn:resourceregistry/accesslist.read";
export const RESOURCE_WRITE = "altinn:resourceregistry/resource.write";
export const ORG_URN = "urn:altinn:organization:identifier-no";

export type AltinnProblem = { code: string; validationErrors?: { code: string; title: string; paths: string[] }[] };
export type MemberPage = {
  data: { id: string; since: string; identifiers: Record<string, string | number> }[];
  links: { next?: string };
};
export type ListPage = {
  data: { identifier: string; resourceConnections?: { resourceIdentifier: string; actionFilters?: string[] }[] }[];
  links: { next?: string };
};

/**
 * Stami's access lists in a file's emulator (its state kept from test to test), called with Stami's token for lists
 * and resources unless another token is given.
 */
export function stamiAccessListsPerFile() {
  const emulator = emulatorPerFile({ resetEachTest: false });
  let stami = "";
  beforeAll(async () => {
    stami = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: [LIST_WRITE, RESOURCE_WRITE] });
  });
  const base = () => registryUrl(emulator.url);
  const listUrl = (id: string, rest = "") => `${base()}/access-lists/stami/${id}${rest}`;
  const call = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}, token = stami) =>
    registryCall(token, method, url, body, headers);
  async function createList(id: string): Promise<string> {
    const response = await call("PUT", listUrl(id), { name: `List ${id}`, description: "For tests" });
    expect(response.status).toBe(200);
    return response.headers.get("etag") ?? "";
  }
  return { emulator, base, listUrl, call, createList, stamiToken: () => stami };
}
