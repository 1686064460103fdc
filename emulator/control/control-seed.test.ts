import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LIST_READ, type ListPage, type MemberPage, RESOURCE_WRITE } from "../test-support/access-list-api";
import { altinnToken } from "../test-support/altinn-token";
import { emulatorPerFile, operatorAdminApi } from "../test-support/emulator-per-file";
import { validOrgNumbers } from "../test-support/org-numbers";
import { REALDATA, realConsentPolicy } from "../test-support/real-consent-policy";
import { registryCall, registryUrl } from "../test-support/registry-api";

// Objects placed through /_emulator/seed/* are served by the real routes exactly like ones created through them.

const SKD = "974761076";
const emulator = emulatorPerFile();
const admin = operatorAdminApi(emulator, SKD, "idporten:scopes.write");

const seed = (kind: string, body: unknown) =>
  fetch(`${emulator.url}/_emulator/seed/${kind}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const realResource = () =>
  JSON.parse(readFileSync(path.join(REALDATA, "resource.skd-migrert-4628-1-7381.json"), "utf8")) as Record<
    string,
    unknown
  >;

describe("seed endpoints", () => {
  it("places scopes with their consumers, as the admin API then lists them", async () => {
    const response = await seed("scopes", {
      env: "test",
      scopes: [{ prefix: "skd", subscope: "seeded.one", description: "Seeded", consumers: ["313876144"] }],
    });
    expect(response.status).toBe(201);
    const own = await admin("GET", "/scopes");
    expect((own.body as unknown as { name: string }[]).map((scope) => scope.name)).toContain("skd:seeded.one");
    const access = await admin("GET", "/scopes/access?scope=skd:seeded.one");
    expect(access.body).toEqual([expect.objectContaining({ consumer_orgno: "313876144", state: "APPROVED" })]);
  });

  it("refuses what the admin API refuses: an unowned prefix, bad fields, a duplicate", async () => {
    const scope = { prefix: "skd", subscope: "seeded.twice", description: "Seeded" };
    expect((await seed("scopes", { env: "test", scopes: [{ ...scope, prefix: "nobody" }] })).status).toBe(400);
    expect((await seed("scopes", { env: "test", scopes: [{ ...scope, visibility: "SECRET" }] })).status).toBe(400);
    expect((await seed("scopes", { env: "test", scopes: [scope] })).status).toBe(201);
    expect((await seed("scopes", { env: "test", scopes: [scope] })).status).toBe(400);
  });

  it("places a real inconsistent resource with its policy, served by the registry's routes", async () => {
    const resource = realResource();
    const policy = realConsentPolicy("open", String(resource.identifier));
    expect((await seed("resources", { env: "test", resources: [{ resource, policy }] })).status).toBe(201);
    const registry = registryUrl(emulator.url);
    const read = await fetch(`${registry}/resource/${String(resource.identifier)}`);
    expect(await read.json()).toMatchObject({ identifier: resource.identifier, contactPoints: resource.contactPoints });
    const xml = await (await fetch(`${registry}/resource/${String(resource.identifier)}/policy`)).text();
    expect(xml).toBe(policy.replace(/^\uFEFF/, "")); // text() drops the byte-order mark
    const broken = { resource: { ...resource, identifier: "seed-broken" }, policy: "<not-xacml/>" };
    expect((await seed("resources", { env: "test", resources: [broken] })).status).toBe(400);
  });

  it("places an access list of 250 members with a connection, paged by the registry's routes", async () => {
    const resource = { ...realResource(), identifier: "seed-connected" };
    await seed("resources", { env: "test", resources: [{ resource }] });
    const members = validOrgNumbers(250);
    const response = await seed("access-lists", {
      env: "test",
      owner: "skd",
      lists: [
        {
          identifier: "seeded-list",
          name: "Seeded",
          members,
          connections: [{ resource: "seed-connected", actionFilters: ["requestconsent"] }],
        },
      ],
    });
    expect(await response.json()).toEqual({ lists: [{ identifier: "seeded-list", memberCount: 250 }] });
    const token = await altinnToken(emulator.url, { orgNumber: SKD, scopes: [LIST_READ, RESOURCE_WRITE] });
    const base = `${registryUrl(emulator.url)}/access-lists/skd`;
    const seen: string[] = [];
    for (let url: string | undefined = `${base}/seeded-list/members`; url;) {
      const page = (await (await registryCall(token, "GET", url)).json()) as MemberPage;
      seen.push(...page.data.map((member) => String(member.identifiers["urn:altinn:organization:identifier-no"])));
      url = page.links.next;
    }
    expect(seen.sort()).toEqual([...members].sort());
    const lists = (await (
      await registryCall(token, "GET", `${base}?include=resources,resource-actions&resource=seed-connected`)
    ).json()) as ListPage;
    expect(lists.data[0]?.resourceConnections).toEqual([
      expect.objectContaining({ resourceIdentifier: "seed-connected", actionFilters: ["requestconsent"] }),
    ]);
    const unknown = { identifier: "other", name: "Other", connections: [{ resource: "no-such-resource" }] };
    expect((await seed("access-lists", { env: "test", owner: "skd", lists: [unknown] })).status).toBe(400);
  });
});
