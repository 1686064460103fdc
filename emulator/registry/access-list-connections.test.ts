import { describe, expect, it } from "vitest";
import { altinnToken } from "../test-support/altinn-token";
import {
  type AltinnProblem,
  type ListPage,
  RESOURCE_WRITE,
  stamiAccessListsPerFile,
} from "../test-support/access-list-api";
import { stamiConsentResource } from "../test-support/consent-resource";

const { base, listUrl, call, createList, emulator } = stamiAccessListsPerFile();

describe("access lists", () => {
  it("pages the owner's lists by 20 and includes resource connections only with a resource", async () => {
    expect(
      (await call("POST", `${base()}/resource`, stamiConsentResource({ identifier: "stami-listed" }))).status,
    ).toBe(201);
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
    const needsResource = await call("GET", `${base()}/access-lists/stami?include=resources`);
    expect(needsResource.status).toBe(400);
    expect(((await needsResource.json()) as AltinnProblem).validationErrors?.[0]?.code).toBe("RR.VLD-00002");
    expect((await call("GET", `${base()}/access-lists/stami?include=members`)).status).toBe(501);
    expect((await call("GET", `${base()}/access-lists/stami?include=everything`)).status).toBe(400);

    const first = (await (
      await call("GET", `${base()}/access-lists/stami?include=resources&resource=stami-listed`)
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
      const page = (await (await call("GET", `${base()}/access-lists/stami?${query}`)).json()) as ListPage;
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
    expect((await call("POST", `${base()}/resource`, skdResource, {}, skd)).status).toBe(201);
    await createList("foreign");
    const refused = await call("PUT", listUrl("foreign", "/resource-connections/skd-owned"), {});
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as AltinnProblem).code).toBe("RR-00004");
  });
});
