import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { altinnHeaders, altinnToken } from "../test-support/altinn-token";
import { STAMI_ORG_NUMBER, stamiConsentResource } from "../test-support/consent-resource";
import { orgUrn, validOrgNumbers } from "../test-support/org-numbers";
import { isOrgAllowedByAccessLists } from "./access-list-check";

const LIST_WRITE = "altinn:resourceregistry/accesslist.write";
const LIST_READ = "altinn:resourceregistry/accesslist.read";
const RESOURCE_WRITE = "altinn:resourceregistry/resource.write";
let emulator: RunningEmulator;
let stami: string;
let base: string;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, env: {} });
  base = `${emulator.url}/test/platform/resourceregistry/api/v1`;
  stami = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: [LIST_WRITE, RESOURCE_WRITE] });
});
afterAll(() => emulator?.close());

const listUrl = (id: string, rest = "") => `${base}/access-lists/stami/${id}${rest}`;

function call(method: string, url: string, body?: unknown, headers: Record<string, string> = {}, token = stami) {
  return fetch(url, { method, headers: altinnHeaders(token, headers), body: body === undefined ? undefined : JSON.stringify(body) });
}

async function createList(id: string): Promise<string> {
  const response = await call("PUT", listUrl(id), { name: `List ${id}`, description: "For tests" });
  expect(response.status).toBe(201);
  return response.headers.get("etag") ?? "";
}

type MemberPage = { data: { id: string; since: string; identifiers: Record<string, string> }[]; links: { next: string | null } };

describe("access lists", () => {
  it("creates, reads and updates a list with a changing strong ETag", async () => {
    const created = await createList("must-banker");
    expect(created).toMatch(/^"[^"]+"$/);
    const read = await call("GET", listUrl("must-banker"));
    expect(read.headers.get("etag")).toBe(created);
    expect(await read.json()).toEqual({
      identifier: "must-banker",
      name: "List must-banker",
      description: "For tests",
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const updated = await call("PUT", listUrl("must-banker"), { name: "Banks", description: "" });
    expect(updated.status).toBe(200);
    expect(updated.headers.get("etag")).not.toBe(created);
    const createOnly = await call("PUT", listUrl("must-banker"), { name: "Again" }, { "if-none-match": "*" });
    expect(createOnly.status).toBe(412);
  });

  it("lets only the owner's organisation in, with the right scopes", async () => {
    const skd = await altinnToken(emulator.url, { orgNumber: "974761076", scopes: [LIST_WRITE] });
    expect((await call("GET", `${base}/access-lists/stami`, undefined, {}, skd)).status).toBe(403);
    expect((await call("GET", `${base}/access-lists/${STAMI_ORG_NUMBER}`)).status).toBe(400);
    const reader = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: [LIST_READ] });
    expect((await call("GET", `${base}/access-lists/stami`, undefined, {}, reader)).status).toBe(200);
    expect((await call("PUT", listUrl("by-reader"), { name: "x" }, {}, reader)).status).toBe(403);
  });

  it("adds 100 members in one call but refuses 101 and names bad entries", async () => {
    await createList("hundred");
    const numbers = validOrgNumbers(101);
    const ok = await call("POST", listUrl("hundred", "/members"), { data: numbers.slice(0, 100).map(orgUrn) });
    expect(ok.status).toBe(200);
    const page = (await ok.json()) as MemberPage;
    expect(page.data).toHaveLength(100);
    expect(page.data[0]).toEqual({ id: orgUrn(numbers[0] ?? ""), since: expect.any(String), identifiers: { "urn:altinn:organization:identifier-no": numbers[0] } });

    const tooMany = await call("POST", listUrl("hundred", "/members"), { data: numbers.map(orgUrn) });
    expect(tooMany.status).toBe(400);
    const problem = (await tooMany.json()) as { detail: string; errors: Record<string, string[]> };
    expect(problem.detail).toContain("100");
    expect(problem.errors.data?.[0]).toContain("101");

    const bad = await call("POST", listUrl("hundred", "/members"), { data: [orgUrn("991825827"), orgUrn("123456789"), "991825827"] });
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { errors: object }).errors)).toEqual(["data[1]", "data[2]"]);
  });

  it("answers 412 to a stale If-Match and accepts the current ETag", async () => {
    const first = await createList("etag-check");
    const add = await call("POST", listUrl("etag-check", "/members"), { data: [orgUrn("991825827")] }, { "if-match": first });
    expect(add.status).toBe(200);
    const current = add.headers.get("etag") ?? "";
    expect(current).not.toBe(first);

    const stale = await call("POST", listUrl("etag-check", "/members"), { data: [orgUrn("974761076")] }, { "if-match": first });
    expect(stale.status).toBe(412);
    expect(((await stale.json()) as { code: string }).code).toMatch(/^RR-/);
    expect((await call("PUT", listUrl("etag-check"), { name: "n" }, { "if-match": first })).status).toBe(412);
    expect((await call("DELETE", listUrl("etag-check"), undefined, { "if-match": first })).status).toBe(412);
    expect((await call("DELETE", listUrl("etag-check", "/members"), { data: [orgUrn("991825827")] }, { "if-match": current })).status).toBe(200);
  });

  it("treats add and remove as idempotent set operations and PUT as replace", async () => {
    await createList("sets");
    const add = () => call("POST", listUrl("sets", "/members"), { data: [orgUrn("991825827"), orgUrn("974761076")] });
    const etag = (await add()).headers.get("etag");
    const again = await add();
    expect(again.headers.get("etag")).toBe(etag);
    expect(((await again.json()) as MemberPage).data).toHaveLength(2);
    const removed = await call("DELETE", listUrl("sets", "/members"), { data: [orgUrn("974761076"), orgUrn("889640782")] });
    expect(((await removed.json()) as MemberPage).data.map((member) => member.id)).toEqual([orgUrn("991825827")]);
    const replaced = await call("PUT", listUrl("sets", "/members"), { data: [orgUrn("889640782")] });
    expect(((await replaced.json()) as MemberPage).data.map((member) => member.id)).toEqual([orgUrn("889640782")]);
  });

  it("pages 250 members with continuation tokens", async () => {
    await createList("paged");
    const numbers = validOrgNumbers(250, 80000000);
    for (let start = 0; start < numbers.length; start += 100) {
      expect((await call("POST", listUrl("paged", "/members"), { data: numbers.slice(start, start + 100).map(orgUrn) })).status).toBe(200);
    }
    const seen: string[] = [];
    const sizes: number[] = [];
    let next: string | null = listUrl("paged", "/members");
    while (next) {
      const response = await call("GET", next);
      expect(response.status).toBe(200);
      const page = (await response.json()) as MemberPage;
      sizes.push(page.data.length);
      seen.push(...page.data.map((member) => member.identifiers["urn:altinn:organization:identifier-no"] ?? ""));
      next = page.links.next;
    }
    expect(sizes).toEqual([100, 100, 50]);
    expect(seen).toEqual([...numbers].sort());
    expect((await call("GET", listUrl("paged", "/members?token=garbage"))).status).toBe(400);
  });

  it("pages the owner's lists and includes resource connections on request", async () => {
    await call("POST", `${base}/resource`, stamiConsentResource({ identifier: "stami-listed", accessListMode: "Enabled" }));
    await createList("connected");
    const put = await call("PUT", listUrl("connected", "/resource-connections/stami-listed"), { actionFilters: ["requestconsent"] });
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ resourceIdentifier: "stami-listed", actionFilters: ["requestconsent"], createdAt: expect.any(String), updatedAt: expect.any(String) });
    expect((await call("PUT", listUrl("connected", "/resource-connections/no-such-resource"), { actionFilters: null })).status).toBe(404);

    for (let index = 0; index < 100; index++) await createList(`bulk-${String(index).padStart(3, "0")}`);
    const first = (await (await call("GET", `${base}/access-lists/stami?include=resources`)).json()) as {
      data: { identifier: string; resourceConnections?: { resourceIdentifier: string }[] }[];
      links: { next: string | null };
    };
    expect(first.data).toHaveLength(100);
    expect(first.links.next).toContain("token=");
    const second = (await (await call("GET", first.links.next ?? "")).json()) as typeof first;
    const all = [...first.data, ...second.data];
    expect(second.links.next).toBeNull();
    expect(all.find((list) => list.identifier === "connected")?.resourceConnections).toEqual([
      expect.objectContaining({ resourceIdentifier: "stami-listed", actionFilters: ["requestconsent"] }),
    ]);
    expect(new Set(all.map((list) => list.identifier)).size).toBe(all.length);

    expect((await call("DELETE", listUrl("connected", "/resource-connections/stami-listed"))).status).toBe(200);
    expect((await call("DELETE", listUrl("connected", "/resource-connections/stami-listed"))).status).toBe(204);
  });

  it("deletes a list (200, then 204 when already gone)", async () => {
    await createList("to-delete");
    expect((await call("DELETE", listUrl("to-delete"))).status).toBe(200);
    expect((await call("GET", listUrl("to-delete"))).status).toBe(404);
    expect((await call("DELETE", listUrl("to-delete"))).status).toBe(204);
  });

  it("decides requestconsent from the lists connected to an Enabled resource", async () => {
    await call("POST", `${base}/resource`, stamiConsentResource({ identifier: "stami-guarded", accessListMode: "Enabled" }));
    await call("POST", `${base}/resource`, stamiConsentResource({ identifier: "stami-open" }));
    await createList("guard");
    await call("POST", listUrl("guard", "/members"), { data: [orgUrn("313876144")] });
    expect(isOrgAllowedByAccessLists("test", "stami-guarded", "313876144", "requestconsent")).toBe(false);
    await call("PUT", listUrl("guard", "/resource-connections/stami-guarded"), { actionFilters: ["requestconsent"] });
    expect(isOrgAllowedByAccessLists("test", "stami-guarded", "313876144", "requestconsent")).toBe(true);
    expect(isOrgAllowedByAccessLists("test", "stami-guarded", "313876144", "read")).toBe(false);
    expect(isOrgAllowedByAccessLists("test", "stami-guarded", "310149942", "requestconsent")).toBe(false);
    expect(isOrgAllowedByAccessLists("prod", "stami-guarded", "313876144", "requestconsent")).toBe(true);
    expect(isOrgAllowedByAccessLists("test", "stami-open", "310149942", "requestconsent")).toBe(true);
  });

  it("stays fast with 50,000 members added in 500 calls", { timeout: 60_000 }, async () => {
    await createList("large");
    const numbers = validOrgNumbers(50_000, 70000000);
    const started = Date.now();
    for (let start = 0; start < numbers.length; start += 100) {
      const response = await call("POST", listUrl("large", "/members"), { data: numbers.slice(start, start + 100).map(orgUrn) });
      expect(response.status).toBe(200);
    }
    const elapsed = Date.now() - started;
    const last = (await (await call("GET", listUrl("large", "/members"))).json()) as MemberPage;
    expect(last.data).toHaveLength(100);
    expect(elapsed).toBeLessThan(20_000);
  });
});
