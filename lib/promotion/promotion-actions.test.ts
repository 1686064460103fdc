import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actAs } from "@/test/act-as";
import { testDb, uniqueSuffix } from "@/test/factories";
import { comparedObjects, getEnvironmentsComparison } from "./get-environments-comparison";
import { promoteToProductionAction } from "./promotion-actions";
import { ownerWithAdminAndEditor, syncAll, testList, testResource, testScope } from "./test-support/test-owner";

vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The promotion exactly as the portal defines it, called as an administrator and as an editor.

const db = testDb();
let team: Awaited<ReturnType<typeof ownerWithAdminAndEditor>>;
const s = uniqueSuffix();
const [subscope, listId, resourceId, brokenId] = [`inntekt.${s}`, `banker-${s}`, `skd-inntekt-${s}`, `skd-brudd-${s}`];
let scopeName = "";
const keys = () => ({
  scope: `scope:${scopeName}`,
  list: `list:${listId}`,
  connection: `connection:${listId}>${resourceId}`,
  resource: `resource:${resourceId}`,
  broken: `resource:${brokenId}`,
});

const promote = (user: { id: string; pid: string; name: string | null; isPlatformAdmin: boolean }, objects: string[]) =>
  actAs(user, { promote: promoteToProductionAction }).promote({ orgNumber: team.organisation.orgNumber, objects });

const prodChanges = () =>
  db.upstreamChange.findMany({
    where: { organisationId: team.organisation.id, environment: "PROD" },
    select: { kind: true, targetId: true, status: true },
  });
const statusByKey = async () =>
  new Map(
    comparedObjects(await getEnvironmentsComparison({ db, organisation: team.organisation })).map((o) => [
      o.key,
      o.status,
    ]),
  );

beforeAll(async () => {
  team = await ownerWithAdminAndEditor(db);
  scopeName = `${team.prefix}:${subscope}`;
  await testScope(db, team.organisation, subscope);
  const list = await testList(db, team.organisation, listId, 250);
  await testResource(db, team.organisation, { identifier: resourceId, scope: scopeName, list });
  await testResource(db, team.organisation, { identifier: brokenId, scope: scopeName });
  // A test version that names metadata it does not declare (e.g. adopted so): production must not get it.
  const version = await db.consentResourceVersion.findFirstOrThrow({ where: { resource: { identifier: brokenId } } });
  const content = version.content as { consentText: Record<string, string> };
  content.consentText.nb = "Inntekt for {ukjent}";
  await db.consentResourceVersion.update({ where: { id: version.id }, data: { content } });
  await syncAll(db, team.organisation.id);
});

afterAll(() => db.$disconnect());

describe("promoting test objects to production", () => {
  it("shows the test objects missing in production", async () => {
    const status = await statusByKey();
    const k = keys();
    for (const key of [k.scope, k.list, k.connection, k.resource, k.broken])
      expect(status.get(key)).toBe("missingInProd");
  });

  it("refuses an editor: production changes are administrators'", async () => {
    const result = await promote(team.users.editor, [keys().scope]);
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await prodChanges()).toEqual([]);
  });

  it("writes nothing when one selected object cannot be promoted, naming it", async () => {
    const k = keys();
    const result = await promote(team.users.admin, [k.scope, k.broken]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("CONFLICT");
    expect(Object.keys(result.error.fieldErrors ?? {})).toEqual([k.broken]);
    expect(await prodChanges()).toEqual([]);
    expect(
      await db.maskinportenScope.count({ where: { organisationId: team.organisation.id, environment: "PROD" } }),
    ).toBe(0);
    expect(await db.auditEvent.count({ where: { organisationId: team.organisation.id } })).toBe(0);
  });

  it("refuses a resource whose connection is not selected with it (restricted to lists)", async () => {
    const k = keys();
    const result = await promote(team.users.admin, [k.scope, k.list, k.resource]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.error.fieldErrors ?? {})).toEqual([k.resource]);
    expect(await prodChanges()).toEqual([]);
  });

  it("promotes a selection in one step, in dependency order, queued and audited per object", async () => {
    const k = keys();
    const result = await promote(team.users.admin, [k.resource, k.connection, k.list, k.scope]);
    expect(result).toEqual({ ok: true, data: { promoted: [k.scope, k.list, k.connection, k.resource] } });

    const changes = await prodChanges();
    expect(changes.every((change) => change.status === "PENDING")).toBe(true);
    expect(changes.map((change) => change.kind)).toEqual(
      expect.arrayContaining([
        "maskinporten.scope.upsert",
        "registry.access-list.upsert",
        "registry.access-list.members.add",
        "registry.access-list.resource-connection.put",
        "registry.resource.publish",
      ]),
    );
    const members = await db.accessList.findFirstOrThrow({
      where: { organisationId: team.organisation.id, environment: "PROD", identifier: listId },
      select: { memberCount: true },
    });
    expect(members.memberCount).toBe(250);

    const events = await db.auditEvent.findMany({
      where: { organisationId: team.organisation.id, actorId: team.users.admin.id },
      select: { action: true, correlationId: true },
    });
    expect(events.map((event) => event.action).sort()).toEqual([
      "access-list.copy-to-prod",
      "access-list.resource.link",
      "consent-resource.publish",
      "environments.promote",
      "scope.copy-to-prod",
    ]);
    expect(new Set(events.map((event) => event.correlationId)).size).toBe(1);

    const status = await statusByKey();
    for (const key of [k.scope, k.list, k.connection, k.resource]) expect(status.get(key)).toBe("equal");
    expect(status.get(k.broken)).toBe("missingInProd");
  });

  it("brings a differing production list back to test's members, reading only the difference", async () => {
    const prod = await db.accessList.findFirstOrThrow({
      where: { organisationId: team.organisation.id, environment: "PROD", identifier: listId },
      select: { id: true },
    });
    const some = await db.accessListMember.findMany({
      where: { accessListId: prod.id },
      take: 3,
      select: { orgNumber: true },
    });
    await db.accessListMember.deleteMany({
      where: { accessListId: prod.id, orgNumber: { in: some.map((m) => m.orgNumber) } },
    });
    await db.accessListMember.create({ data: { accessListId: prod.id, orgNumber: "974761076" } });
    await syncAll(db, team.organisation.id);
    expect((await statusByKey()).get(keys().list)).toBe("differs");

    const result = await promote(team.users.admin, [keys().list]);
    expect(result.ok).toBe(true);
    expect((await statusByKey()).get(keys().list)).toBe("equal");
    const kinds = (await prodChanges()).filter((c) => c.status === "PENDING").map((c) => c.kind);
    expect(kinds.sort()).toEqual(["registry.access-list.members.add", "registry.access-list.members.remove"]);
  });
});
