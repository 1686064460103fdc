import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { syntheticOrgNumbers } from "@/lib/access-lists/synthetic-org-numbers";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import { actAs } from "@/test/act-as";
import { createUser, testDb, uniqueSuffix } from "@/test/factories";
import { addAccessListMembers } from "@/lib/access-lists/add-access-list-members";
import { accessListMembersAddJob } from "@/lib/access-lists/access-list-jobs";
import { adoptSelectedAction } from "./adoption-actions";
import {
  consistentResource,
  realInconsistentResource,
  seedAccessLists,
  seedClient,
  seedResources,
  seedScopes,
  SKD,
} from "./test-support/seed-upstream";

vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Adoption as the portal runs it: the real action as a chosen user, upstream the emulator in-process with objects
// placed through its control endpoints. Adopting writes the portal's rows and audit events and sends nothing upstream.

const db = testDb();
const s = uniqueSuffix();
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;
let organisationId: string;
let editor: TSessionUser;
let viewer: TSessionUser;
const members = syntheticOrgNumbers(1_500, 82_000_000);
const adopt = (user: TSessionUser, kind: string, keys: string[], environment = "test") =>
  actAs(user, { adopt: adoptSelectedAction }).adopt({ orgNumber: SKD, environment, kind, keys });

type TRequest = { method: string; path: string };
async function upstreamWrites(): Promise<TRequest[]> {
  const state = (await emulator.control("GET", "/_emulator/state")) as { requests: TRequest[] };
  // Token requests are how the portal reads at all; anything else but a read would be a change upstream.
  return state.requests.filter(
    (r) => r.method !== "GET" && !/\/token$|\/exchange\/maskinporten$|^\/_emulator\//.test(r.path),
  );
}

beforeAll(async () => {
  emulator = await startContractEmulator();
  organisationId = (
    await db.organisation.upsert({
      where: { orgNumber: SKD },
      create: { orgNumber: SKD, name: "Skatteetaten", orgCode: "skd", scopePrefix: "skd" },
      update: {},
    })
  ).id;
  editor = await createUser(db, { name: "Adopting Editor" });
  viewer = await createUser(db, { name: "Adopting Viewer" });
  await db.membership.createMany({
    data: [
      { userId: editor.id, organisationId, role: "EDITOR" },
      { userId: viewer.id, organisationId, role: "VIEWER" },
    ],
  });
  await seedScopes(emulator.url, [
    { prefix: "skd", subscope: `adopted.${s}.a`, description: "A", at_max_age: 120, consumers: ["313876144"] },
    { prefix: "skd", subscope: `adopted.${s}.b`, description: "B", visibility: "PRIVATE" },
  ]);
  await seedResources(emulator.url, [
    { resource: realInconsistentResource(`skd-migrert-${s}`) },
    consistentResource(`skd-adopted-${s}`, { version: "3", lists: [`big-${s}`] }),
  ]);
  await seedAccessLists(emulator.url, [
    {
      identifier: `big-${s}`,
      name: "Big",
      members,
      connections: [{ resource: `skd-adopted-${s}`, actionFilters: ["requestconsent"] }],
    },
  ]);
  await seedClient(emulator.url, { id: `adopted-${s}`, name: "Legacy", scopes: ["skd:x"] });
});

afterAll(async () => {
  await emulator?.close();
  await db.$disconnect();
});

describe("adoptSelectedAction", () => {
  it("refuses viewers, and editors in production, before reading or writing anything", async () => {
    const refused = await adopt(viewer, "scope", [`skd:adopted.${s}.a`]);
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const prod = await adopt(editor, "scope", [`skd:adopted.${s}.a`], "prod");
    expect(prod).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("adopts scopes, resources (one inconsistent), a list of 1,500 members and a client; nothing goes upstream", async () => {
    const before = (await upstreamWrites()).length;
    const scopes = await adopt(editor, "scope", [`skd:adopted.${s}.a`, `skd:adopted.${s}.b`]);
    expect(scopes).toMatchObject({ ok: true, data: { failed: [] } });
    const rows = await db.maskinportenScope.findMany({
      where: { subscope: { startsWith: `adopted.${s}` } },
      orderBy: { subscope: "asc" },
    });
    expect(rows).toMatchObject([
      { origin: "ADOPTED", tokenLifetimeSeconds: 120, visibility: "PUBLIC", version: 1 },
      { origin: "ADOPTED", visibility: "PRIVATE" },
    ]);
    expect(rows[0]?.adoptedAt).toBeInstanceOf(Date);

    const resources = await adopt(editor, "resource", [`skd-migrert-${s}`, `skd-adopted-${s}`]);
    if (!resources.ok) throw new Error(resources.error.message);
    const migrated = resources.data.adopted.find((a) => a.key === `skd-migrert-${s}`);
    expect(migrated?.problems.map((problem) => problem.message)).toEqual(
      expect.arrayContaining(["placeholderUndeclared", "contactCategoryUnknown"]),
    );
    const resource = await db.consentResource.findUniqueOrThrow({
      where: { identifier: `skd-adopted-${s}` },
      include: { versions: true, publications: true },
    });
    // Version numbering continues from the registry's `version`; the publication is test's, of that version.
    expect(resource).toMatchObject({ origin: "ADOPTED", versions: [{ version: 3 }] });
    expect(resource.publications).toMatchObject([
      { environment: "TEST", state: "PUBLISHED", versionId: resource.versions[0]!.id },
    ]);

    const started = performance.now();
    const list = await adopt(editor, "accessList", [`big-${s}`]);
    console.info(`adopting 1,500 members took ${Math.round(performance.now() - started)} ms`);
    expect(list).toMatchObject({ ok: true, data: { adopted: [{ key: `big-${s}` }] } });
    const row = await db.accessList.findFirstOrThrow({
      where: { identifier: `big-${s}` },
      include: { resourceLinks: true },
    });
    expect(row).toMatchObject({ origin: "ADOPTED", memberCount: 1_500, etag: expect.any(String) });
    expect(row.resourceLinks).toMatchObject([{ resourceId: resource.id, actionFilters: ["requestconsent"] }]);
    expect(await db.accessListMember.count({ where: { accessListId: row.id } })).toBe(1_500);

    const client = await adopt(editor, "client", [`adopted-${s}`]);
    expect(client).toMatchObject({ ok: true });
    const clientRow = await db.maskinportenClient.findUniqueOrThrow({
      where: { clientId: `adopted-${s}` },
      include: { keys: true },
    });
    expect(clientRow).toMatchObject({ origin: "ADOPTED", name: "Legacy", scopes: ["skd:x"] });
    expect(clientRow.keys).toHaveLength(1);
    expect(Object.keys(clientRow.keys[0]!.publicJwk as object).sort()).toEqual(["alg", "e", "kid", "kty", "n", "use"]);

    const events = await db.auditEvent.findMany({ where: { actorId: editor.id, action: { startsWith: "adoption." } } });
    expect(events.map((event) => event.action).sort()).toEqual([
      "adoption.accessList",
      "adoption.client",
      "adoption.resource",
      "adoption.resource",
      "adoption.scope",
      "adoption.scope",
    ]);
    expect(events.find((event) => event.targetId === row.id)?.summary).toContain("1500 members");
    expect(await db.upstreamChange.count({ where: { organisationId, targetId: { contains: s } } })).toBe(0);
    expect((await upstreamWrites()).length).toBe(before);
  });

  it("says what it did not adopt: already in the portal, or gone upstream", async () => {
    const again = await adopt(editor, "scope", [`skd:adopted.${s}.a`, `skd:never.${s}`]);
    expect(again).toEqual({
      ok: true,
      data: {
        adopted: [],
        failed: [
          { key: `skd:adopted.${s}.a`, message: null, reason: "inPortal" },
          { key: `skd:never.${s}`, message: null, reason: "notUpstream" },
        ],
      },
    });
  });

  it("leaves an adopted list to be changed like a native one: a member added in the portal reaches the registry", async () => {
    const list = await db.accessList.findFirstOrThrow({ where: { identifier: `big-${s}` } });
    const { changeIds } = await db.$transaction((tx) =>
      addAccessListMembers({ tx, organisationId, accessListId: list.id, orgNumbers: ["313876144"] }),
    );
    for (const id of changeIds) {
      await accessListMembersAddJob.run((await db.upstreamChange.findUniqueOrThrow({ where: { id } })) as never);
    }
    const state = (await emulator.control("GET", "/_emulator/state")) as {
      "resourceRegistry.accessLists": { test: { identifier: string; memberCount: number }[] };
    };
    const upstream = state["resourceRegistry.accessLists"].test.find((l) => l.identifier === `big-${s}`);
    expect(upstream?.memberCount).toBe(1_501);
    expect((await db.accessList.findUniqueOrThrow({ where: { id: list.id } })).memberCount).toBe(1_501);
  });
});
