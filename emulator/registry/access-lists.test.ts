import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../start-emulator";
import { altinnHeaders, altinnToken } from "../test-support/altinn-token";
import { STAMI_ORG_NUMBER, stamiConsentResource } from "../test-support/consent-resource";
import { orgUrn, validOrgNumbers } from "../test-support/org-numbers";

const LIST_WRITE = "altinn:resourceregistry/accesslist.write";
const LIST_READ = "altinn:resourceregistry/accesslist.read";
const RESOURCE_WRITE = "altinn:resourceregistry/resource.write";
const ORG_URN = "urn:altinn:organization:identifier-no";
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
  return fetch(url, {
    method,
    headers: altinnHeaders(token, headers),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function createList(id: string): Promise<string> {
  const response = await call("PUT", listUrl(id), { name: `List ${id}`, description: "For tests" });
  expect(response.status).toBe(200);
  return response.headers.get("etag") ?? "";
}

type AltinnProblem = { code: string; validationErrors?: { code: string; title: string; paths: string[] }[] };
type MemberPage = {
  data: { id: string; since: string; identifiers: Record<string, string | number> }[];
  links: { next?: string };
};
type ListPage = {
  data: { identifier: string; resourceConnections?: { resourceIdentifier: string; actionFilters?: string[] }[] }[];
  links: { next?: string };
};

describe("access lists", () => {
  it("creates (200), reads and updates a list with a changing weak ETag", async () => {
    const created = await createList("must-banker");
    expect(created).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    const read = await call("GET", listUrl("must-banker"));
    expect(read.headers.get("etag")).toBe(created);
    expect(read.headers.get("last-modified")).toMatch(/GMT$/);
    expect(await read.json()).toEqual({
      urn: "urn:altinn:access-list:stami:must-banker",
      identifier: "must-banker",
      name: "List must-banker",
      description: "For tests",
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await call("GET", listUrl("must-banker"), undefined, { "if-none-match": created })).status).toBe(304);
    const updated = await call("PUT", listUrl("must-banker"), { name: "Banks", description: null });
    expect(updated.status).toBe(200);
    expect(updated.headers.get("etag")).not.toBe(created);
    expect((await call("PUT", listUrl("must-banker"), { name: "Again" }, { "if-none-match": "*" })).status).toBe(412);
    expect((await call("PUT", listUrl("not-there"), { name: "x" }, { "if-match": created })).status).toBe(412);
    expect((await call("PUT", listUrl("no-name"), { description: "x" })).status).toBe(400);
  });

  it("lets only the owner's organisation in, with the right scopes, and wants an org code", async () => {
    const skd = await altinnToken(emulator.url, { orgNumber: "974761076", scopes: [LIST_WRITE] });
    const other = await call("GET", `${base}/access-lists/stami`, undefined, {}, skd);
    expect(other.status).toBe(403);
    expect(await other.text()).toBe("");
    const byNumber = await call("GET", `${base}/access-lists/${STAMI_ORG_NUMBER}`);
    expect(byNumber.status).toBe(400);
    expect(((await byNumber.json()) as AltinnProblem).validationErrors?.[0]).toMatchObject({
      code: "RR.VLD-00010",
      paths: ["/$PATH/owner"],
    });
    const reader = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: [LIST_READ] });
    expect((await call("GET", `${base}/access-lists/STAMI`, undefined, {}, reader)).status).toBe(200);
    expect((await call("PUT", listUrl("by-reader"), { name: "x" }, {}, reader)).status).toBe(403);
  });

  it("adds 100 members in one call, refuses 101 and unknown parties, and answers with party identifiers", async () => {
    await createList("hundred");
    const numbers = validOrgNumbers(101);
    const ok = await call("POST", listUrl("hundred", "/members"), { data: numbers.slice(0, 100).map(orgUrn) });
    expect(ok.status).toBe(200);
    const page = (await ok.json()) as MemberPage;
    expect(page.data).toHaveLength(100);
    expect(page.links).toEqual({});
    const first = page.data.find((member) => member.identifiers[ORG_URN] === numbers[0]);
    expect(first).toEqual({
      id: expect.stringMatching(/^urn:altinn:party:uuid:[0-9a-f-]{36}$/),
      since: expect.any(String),
      identifiers: {
        "urn:altinn:party:uuid": first?.id.slice("urn:altinn:party:uuid:".length),
        "urn:altinn:party:id": expect.any(Number),
        [ORG_URN]: numbers[0],
      },
    });

    const tooMany = await call("POST", listUrl("hundred", "/members"), { data: numbers.map(orgUrn) });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({
      code: "STD-00000",
      validationErrors: [
        { code: "RR.VLD-00001", title: "Cannot add or remove more than 100 members at a time.", paths: ["/data"] },
      ],
    });
    const replaceTooMany = await call("PUT", listUrl("hundred", "/members"), { data: numbers.map(orgUrn) });
    expect(((await replaceTooMany.json()) as AltinnProblem).validationErrors?.[0]?.code).toBe("RR.VLD-00000");

    // Nine digits that fail mod 11 parse as a URN but name no party: RR-00001, and nothing is added.
    const unknown = await call("POST", listUrl("hundred", "/members"), {
      data: [orgUrn(numbers[100] ?? ""), orgUrn("123456789")],
    });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ code: "RR-00001", type: "urn:altinn:error:RR-00001" });
    const malformed = await call("POST", listUrl("hundred", "/members"), { data: [orgUrn("991825827"), "991825827"] });
    expect(malformed.status).toBe(400);
    expect(Object.keys(((await malformed.json()) as { errors: object }).errors)).toEqual(["$.data[1]"]);
    const count = (await (await call("GET", listUrl("hundred", "/members"))).json()) as MemberPage;
    expect(count.data).toHaveLength(100);
  });

  it("answers 412 to a stale If-Match, 400 to a strong ETag, and accepts the current one", async () => {
    const first = await createList("etag-check");
    const add = await call(
      "POST",
      listUrl("etag-check", "/members"),
      { data: [orgUrn("991825827")] },
      { "if-match": first },
    );
    expect(add.status).toBe(200);
    const current = add.headers.get("etag") ?? "";
    expect(current).not.toBe(first);

    expect(
      (await call("POST", listUrl("etag-check", "/members"), { data: [orgUrn("974761076")] }, { "if-match": first }))
        .status,
    ).toBe(412);
    expect((await call("PUT", listUrl("etag-check"), { name: "n" }, { "if-match": first })).status).toBe(412);
    expect((await call("DELETE", listUrl("etag-check"), undefined, { "if-match": first })).status).toBe(412);
    expect((await call("GET", listUrl("etag-check"), undefined, { "if-match": '"1"' })).status).toBe(400);
    expect(
      (
        await call(
          "DELETE",
          listUrl("etag-check", "/members"),
          { data: [orgUrn("991825827")] },
          { "if-match": current },
        )
      ).status,
    ).toBe(200);
  });

  it("treats add and remove as idempotent set operations and PUT as replace", async () => {
    await createList("sets");
    const add = () => call("POST", listUrl("sets", "/members"), { data: [orgUrn("991825827"), orgUrn("974761076")] });
    const etag = (await add()).headers.get("etag");
    const again = await add();
    expect(again.headers.get("etag")).toBe(etag);
    expect(((await again.json()) as MemberPage).data).toHaveLength(2);
    const removed = await call("DELETE", listUrl("sets", "/members"), {
      data: [orgUrn("974761076"), orgUrn("889640782")],
    });
    expect(((await removed.json()) as MemberPage).data.map((member) => member.identifiers[ORG_URN])).toEqual([
      "991825827",
    ]);
    const replaced = await call("PUT", listUrl("sets", "/members"), { data: [orgUrn("889640782")] });
    expect(((await replaced.json()) as MemberPage).data.map((member) => member.identifiers[ORG_URN])).toEqual([
      "889640782",
    ]);
  });

  it("pages 250 members by 100 with continuation tokens that pin the list version", async () => {
    await createList("paged");
    const numbers = validOrgNumbers(250, 80000000);
    for (let start = 0; start < numbers.length; start += 100) {
      expect(
        (await call("POST", listUrl("paged", "/members"), { data: numbers.slice(start, start + 100).map(orgUrn) }))
          .status,
      ).toBe(200);
    }
    const seen: string[] = [];
    const sizes: number[] = [];
    let next: string | undefined = listUrl("paged", "/members");
    while (next) {
      const response = await call("GET", next);
      expect(response.status).toBe(200);
      const page = (await response.json()) as MemberPage;
      sizes.push(page.data.length);
      seen.push(...page.data.map((member) => String(member.identifiers[ORG_URN])));
      next = page.links.next;
    }
    expect(sizes).toEqual([100, 100, 50]);
    expect(seen.sort()).toEqual([...numbers].sort());
    expect((await call("GET", listUrl("paged", "/members?token=garbage"))).status).toBe(400);

    const firstPage = (await (await call("GET", listUrl("paged", "/members"))).json()) as MemberPage;
    await call("DELETE", listUrl("paged", "/members"), { data: [orgUrn(numbers[0] ?? "")] });
    expect((await call("GET", firstPage.links.next ?? "")).status).toBe(412);
  });

  it("pages the owner's lists by 20 and includes resource connections only with a resource", async () => {
    expect((await call("POST", `${base}/resource`, stamiConsentResource({ identifier: "stami-listed" }))).status).toBe(
      201,
    );
    await createList("connected");
    const put = await call("PUT", listUrl("connected", "/resource-connections/stami-listed"), {
      actionFilters: ["requestconsent"],
    });
    expect(put.status).toBe(200);
    expect(put.headers.get("etag")).toMatch(/^W\//);
    expect(await put.json()).toEqual({
      resourceIdentifier: "stami-listed",
      actionFilters: ["requestconsent"],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const missing = await call("PUT", listUrl("connected", "/resource-connections/no-such-resource"), {
      actionFilters: null,
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as AltinnProblem).code).toBe("RR-00002");

    for (let index = 0; index < 25; index++) await createList(`bulk-${String(index).padStart(3, "0")}`);
    const needsResource = await call("GET", `${base}/access-lists/stami?include=resources`);
    expect(needsResource.status).toBe(400);
    expect(((await needsResource.json()) as AltinnProblem).validationErrors?.[0]?.code).toBe("RR.VLD-00002");
    expect((await call("GET", `${base}/access-lists/stami?include=members`)).status).toBe(501);
    expect((await call("GET", `${base}/access-lists/stami?include=everything`)).status).toBe(400);

    const first = (await (
      await call("GET", `${base}/access-lists/stami?include=resources&resource=stami-listed`)
    ).json()) as ListPage;
    expect(first.data).toHaveLength(20);
    expect(first.data.find((list) => list.identifier === "bulk-000")?.resourceConnections).toEqual([]);
    expect(first.links.next).toContain("includes=resources");
    const second = (await (await call("GET", first.links.next ?? "")).json()) as ListPage;
    expect(second.links).toEqual({});
    const all = [...first.data, ...second.data];
    expect(all.filter((list) => list.identifier.startsWith("bulk-"))).toHaveLength(25);
    expect(new Set(all.map((list) => list.identifier)).size).toBe(all.length);
    // The registry's next link names the flags `includes` and drops `resource`: page 2 has no connections.
    expect(second.data.every((list) => list.resourceConnections === undefined)).toBe(true);

    // A client has to put the include flags and the resource back on the next link itself.
    const connectedPage = async (include: string) => {
      const query = `include=${include}&resource=stami-listed`;
      const page = (await (await call("GET", `${base}/access-lists/stami?${query}`)).json()) as ListPage;
      const rest = (await (await call("GET", `${page.links.next ?? ""}&${query}`)).json()) as ListPage;
      return [...page.data, ...rest.data].find((list) => list.identifier === "connected");
    };
    expect((await connectedPage("resource-actions"))?.resourceConnections).toEqual([
      expect.objectContaining({ resourceIdentifier: "stami-listed", actionFilters: ["requestconsent"] }),
    ]);
    expect((await connectedPage("resources"))?.resourceConnections).toEqual([
      { resourceIdentifier: "stami-listed", createdAt: expect.any(String), updatedAt: expect.any(String) },
    ]);

    expect((await call("DELETE", listUrl("connected", "/resource-connections/stami-listed"))).status).toBe(200);
    expect((await call("DELETE", listUrl("connected", "/resource-connections/stami-listed"))).status).toBe(204);
  });

  it("refuses a connection to another owner's resource (RR-00004)", async () => {
    const skd = await altinnToken(emulator.url, { orgNumber: "974761076", scopes: [RESOURCE_WRITE] });
    const skdResource = stamiConsentResource({
      identifier: "skd-owned",
      hasCompetentAuthority: {
        name: { nb: "Skatteetaten", nn: "Skatteetaten", en: "Tax" },
        organization: "974761076",
        orgcode: "skd",
      },
    });
    expect((await call("POST", `${base}/resource`, skdResource, {}, skd)).status).toBe(201);
    await createList("foreign");
    const refused = await call("PUT", listUrl("foreign", "/resource-connections/skd-owned"), {});
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as AltinnProblem).code).toBe("RR-00004");
  });

  it("deletes a list (200, then 204 when already gone) and does not implement PATCH", async () => {
    await createList("to-delete");
    const patch = await fetch(listUrl("to-delete"), {
      method: "PATCH",
      headers: altinnHeaders(stami, { "content-type": "application/json-patch+json" }),
      body: "[]",
    });
    expect(patch.status).toBe(501);
    expect((await call("PATCH", listUrl("to-delete"), [])).status).toBe(415);
    expect((await call("DELETE", listUrl("to-delete"))).status).toBe(200);
    expect((await call("GET", listUrl("to-delete"))).status).toBe(404);
    expect((await call("DELETE", listUrl("to-delete"))).status).toBe(204);
    expect((await call("DELETE", listUrl("to-delete"), undefined, { "if-match": '"x"' })).status).toBe(400);
  });

  it("stays fast with 50,000 members added in 500 calls", { timeout: 60_000 }, async () => {
    await createList("large");
    const numbers = validOrgNumbers(50_000, 70000000);
    const started = Date.now();
    for (let start = 0; start < numbers.length; start += 100) {
      const response = await call("POST", listUrl("large", "/members"), {
        data: numbers.slice(start, start + 100).map(orgUrn),
      });
      expect(response.status).toBe(200);
    }
    const elapsed = Date.now() - started;
    const last = (await (await call("GET", listUrl("large", "/members"))).json()) as MemberPage;
    expect(last.data).toHaveLength(100);
    expect(elapsed).toBeLessThan(20_000);
  });
});
