import { describe, expect, it } from "vitest";
import { altinnHeaders, altinnToken } from "../test-support/altinn-token";
import { type AltinnProblem, LIST_READ, LIST_WRITE, stamiAccessListsPerFile } from "../test-support/access-list-api";
import { STAMI_ORG_NUMBER } from "../test-support/consent-resource";
import { orgUrn } from "../test-support/org-numbers";

const { base, listUrl, call, createList, stamiToken, emulator } = stamiAccessListsPerFile();

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
    const other = await call("GET", `${base()}/access-lists/stami`, undefined, {}, skd);
    expect(other.status).toBe(403);
    expect(await other.text()).toBe("");
    const byNumber = await call("GET", `${base()}/access-lists/${STAMI_ORG_NUMBER}`);
    expect(byNumber.status).toBe(400);
    expect(((await byNumber.json()) as AltinnProblem).validationErrors?.[0]).toMatchObject({
      code: "RR.VLD-00010",
      paths: ["/$PATH/owner"],
    });
    const reader = await altinnToken(emulator.url, { orgNumber: STAMI_ORG_NUMBER, scopes: [LIST_READ] });
    expect((await call("GET", `${base()}/access-lists/STAMI`, undefined, {}, reader)).status).toBe(200);
    expect((await call("PUT", listUrl("by-reader"), { name: "x" }, {}, reader)).status).toBe(403);
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

  it("deletes a list (200, then 204 when already gone) and does not implement PATCH", async () => {
    await createList("to-delete");
    const patch = await fetch(listUrl("to-delete"), {
      method: "PATCH",
      headers: altinnHeaders(stamiToken(), { "content-type": "application/json-patch+json" }),
      body: "[]",
    });
    expect(patch.status).toBe(501);
    expect((await call("PATCH", listUrl("to-delete"), [])).status).toBe(415);
    expect((await call("DELETE", listUrl("to-delete"))).status).toBe(200);
    expect((await call("GET", listUrl("to-delete"))).status).toBe(404);
    expect((await call("DELETE", listUrl("to-delete"))).status).toBe(204);
    expect((await call("DELETE", listUrl("to-delete"), undefined, { "if-match": '"x"' })).status).toBe(400);
  });
});
