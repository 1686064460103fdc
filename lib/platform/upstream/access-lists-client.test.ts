import { describe, expect, it } from "vitest";
import { listAccessListMembers, memberOrgNumber } from "./access-list-members-client";
import {
  deleteAccessList,
  deleteResourceConnection,
  isResourceNotInRegistry,
  listAccessLists,
  putResourceConnection,
} from "./access-lists-client";
import { fakeUpstreamForTests, sendJson } from "./test-support/fake-upstream";
import type { RecordedRequest } from "./test-support/test-server";

// The access-list clients against a server that pages and answers as Altinn's AccessListsController.cs and
// AccessListService.cs do: 20 lists per page, 100 members per page, next links built with Url.Link (absolute, and
// for lists spelling `includes=` and dropping `resource`), 412 on a members page once the list changed, 204 for
// deleting what is not there, 400 RR-00002 for a connection to a resource the registry does not have.

const server = fakeUpstreamForTests();
const lists = { environment: "test" as const, actingFor: "974761076", owner: "skd" };
const BASE = "/test/platform/resourceregistry/api/v1";

const query = (request: RecordedRequest) => new URL(request.url, server.url).searchParams;

describe("access lists client", () => {
  it("reads every list, 20 per page, sending include and resource again on every page", async () => {
    const all = Array.from({ length: 45 }, (_, i) => `liste-${String(i).padStart(2, "0")}`);
    server.answer = (request, res) => {
      const from = Number(query(request).get("token") ?? 0);
      const page = all.slice(from, from + 20);
      const more = from + 20 < all.length;
      sendJson(res, 200, {
        data: page.map((identifier) => ({
          identifier,
          name: identifier,
          description: "",
          createdAt: "2026-01-01T00:00:00Z",
          updatedAt: "2026-01-01T00:00:00Z",
          resourceConnections: [],
        })),
        // As Altinn's Url.Link writes it: absolute, `includes` (not `include`), no `resource`.
        links: {
          next: more
            ? `${server.url}${BASE}/access-lists/skd?token=${from + 20}&includes=resources%2Cresource-actions`
            : null,
        },
      });
    };
    const read = await listAccessLists(lists, { connectedTo: "skd-inntekt" });
    expect(read.map((list) => list.identifier)).toEqual(all);
    expect(server.requests).toHaveLength(3);
    for (const request of server.requests) {
      expect(query(request).get("include")).toBe("resources,resource-actions");
      expect(query(request).get("resource")).toBe("skd-inntekt");
    }
  });

  it("follows a relative next link too (the OpenAPI document types it uri-reference)", async () => {
    server.answer = (request, res) =>
      sendJson(
        res,
        200,
        query(request).get("token")
          ? { data: [{ identifier: "b" }], links: { next: null } }
          : { data: [{ identifier: "a" }], links: { next: `${BASE}/access-lists/skd?token=1` } },
      );
    expect((await listAccessLists(lists)).map((list) => list.identifier)).toEqual(["a", "b"]);
  });

  it("reads every member, 100 per page, starting over when the list changed between pages (412)", async () => {
    const orgNumbers = Array.from({ length: 250 }, (_, i) => String(310000000 + i));
    let changedOnce = false;
    server.answer = (request, res) => {
      const from = Number(query(request).get("token") ?? 0);
      if (from === 100 && !changedOnce) {
        changedOnce = true;
        return sendJson(res, 412, { title: "Precondition Failed", status: 412 });
      }
      sendJson(res, 200, {
        data: orgNumbers.slice(from, from + 100).map((orgNumber) => ({
          id: `urn:altinn:party:uuid:${crypto.randomUUID()}`,
          since: "2026-01-01T00:00:00Z",
          identifiers: { "urn:altinn:organization:identifier-no": orgNumber },
        })),
        links: {
          next:
            from + 100 < orgNumbers.length
              ? `${server.url}${BASE}/access-lists/skd/banker/members?token=${from + 100}`
              : null,
        },
      });
    };
    const members = await listAccessListMembers(lists, "banker");
    expect(members.map(memberOrgNumber)).toEqual(orgNumbers);
    expect(server.requests.map((r) => query(r).get("token"))).toEqual([null, "100", null, "100", "200"]);
  });

  it("takes 204 for deleting a list or a connection that is not there, and names RR-00002 for a resource it lacks", async () => {
    server.answer = (request, res) => {
      if (request.method === "DELETE") return void res.writeHead(204).end();
      sendJson(res, 400, {
        type: "https://altinn.no/problems/RR-00002",
        title: "One or more resource references not found.",
        status: 400,
        code: "RR-00002",
      });
    };
    await expect(deleteAccessList(lists, "borte")).resolves.toBeUndefined();
    await expect(deleteResourceConnection(lists, "banker", "skd-inntekt")).resolves.toBeUndefined();
    const error = await putResourceConnection(lists, "banker", "skd-ukjent", ["requestconsent"]).catch(
      (e: unknown) => e,
    );
    expect(isResourceNotInRegistry(error)).toBe(true);
    expect(server.requests.filter((r) => r.method === "PUT")).toHaveLength(1);
  });
});
