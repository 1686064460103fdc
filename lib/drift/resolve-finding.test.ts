import { beforeAll, describe, expect, it, vi } from "vitest";
import { createAccessList } from "@/lib/access-lists/manage-access-list";
import { createUser, uniqueSuffix } from "@/test/factories";
import { validOrgNumbers } from "@/lib/platform/upstream/contract/emulator-fixture";
import {
  addAccessListMembers,
  listAccessListMembers,
  memberOrgNumber,
} from "@/lib/platform/upstream/access-list-members-client";
import { getAccessList, upsertAccessList } from "@/lib/platform/upstream/access-lists-client";
import { getScope, updateScope } from "@/lib/platform/upstream/maskinporten-scopes-client";
import { createScope } from "@/lib/scopes/create-scope";
import { DEFAULT_SCOPE_FIELDS } from "@/lib/scopes/schemas";
import { scopeChangeTarget } from "@/lib/scopes/scope-target";
import { runDriftCheck } from "./run-drift-check";
import { driftFixture } from "./test-support/drift-fixture";
import { actAs } from "@/test/act-as";
import { resolveDriftAction } from "./drift-actions";
import type { TResolution } from "./resolve-finding";
import { runPendingChanges } from "./test-support/run-pending-changes";

vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Both resolutions through the real action, as an administrator of Skatteetaten, against the emulator in-process:
// "take upstream" changes the portal's rows and sends nothing; "push" queues the normal changes, which the real
// handlers send, and the next check finds agreement.

const fixture = driftFixture();
const { db, findingOf } = fixture;
const resolve = (findingId: string, resolution: TResolution, options: { user?: { id: string } } = {}) =>
  actAs((options.user ?? fixture.admin) as Parameters<typeof actAs>[0], { resolveDriftAction }).resolveDriftAction({
    orgNumber: fixture.skd.orgNumber,
    findingId,
    resolution,
  });
const acting = { environment: "test" as const, actingFor: "974761076" };
const listTarget = { ...acting, owner: "skd" };
let editor: Awaited<ReturnType<typeof createUser>>;

const scopeTarget = (name: string) => scopeChangeTarget("TEST", name).targetId;
const check = () => runDriftCheck({ db, organisationId: fixture.skd.id, environment: "TEST" });

/** A scope created in the portal and sent to Maskinporten, then changed there directly. */
async function driftedScope() {
  const { scope } = await db.$transaction((tx) =>
    createScope({
      tx,
      organisation: fixture.skd,
      environment: "test",
      subscope: `resolve.${uniqueSuffix()}`,
      fields: { ...DEFAULT_SCOPE_FIELDS, description: "Fra portalen" },
    }),
  );
  await runPendingChanges(db, fixture.skd.id, scopeTarget(scope.name));
  await updateScope(acting, scope.name, { description: "Endret hos Digdir", at_max_age: 600 });
  await check();
  return { scope, finding: await findingOf(scope.id) };
}

beforeAll(async () => {
  editor = await createUser(db, { name: "Drift Editor" });
  await db.membership.create({ data: { userId: editor.id, organisationId: fixture.skd.id, role: "EDITOR" } });
});

describe("resolving a scope's drift", () => {
  it("take upstream: the portal's row gets Maskinporten's fields, nothing is queued, audited", async () => {
    const { scope, finding } = await driftedScope();
    expect(finding.fields).toMatchObject({ description: { upstream: "Endret hos Digdir" } });
    expect(await resolve(finding.id, "take-upstream", { user: editor })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });

    expect(await resolve(finding.id, "take-upstream")).toMatchObject({ ok: true });
    expect(await db.maskinportenScope.findUniqueOrThrow({ where: { id: scope.id } })).toMatchObject({
      description: "Endret hos Digdir",
      tokenLifetimeSeconds: 600,
    });
    expect(await db.upstreamChange.count({ where: { targetId: scopeTarget(scope.name), status: "PENDING" } })).toBe(0);
    expect(await db.driftFinding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({
      resolution: "take-upstream",
      resolvedById: fixture.admin.id,
      resolvedAt: expect.any(Date),
    });
    expect(await db.auditEvent.count({ where: { action: "drift.resolve", targetId: finding.id } })).toBe(1);
    await check();
    expect(await db.driftFinding.count({ where: { objectId: scope.id, resolvedAt: null } })).toBe(0);
    // A resolved finding is not resolved twice.
    expect(await resolve(finding.id, "push-portal")).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });

  it("push: the scope's upsert is queued and sent; the finding is on its way until a check agrees", async () => {
    const { scope, finding } = await driftedScope();
    expect(await resolve(finding.id, "push-portal")).toMatchObject({ ok: true });
    expect(await db.driftFinding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({
      resolution: "push-portal",
      resolvedAt: null,
    });
    expect(await runPendingChanges(db, fixture.skd.id, scopeTarget(scope.name))).toEqual(["maskinporten.scope.upsert"]);
    expect((await getScope(acting, scope.name))?.description).toBe("Fra portalen");
    await check();
    expect(await db.driftFinding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({
      resolution: "push-portal",
      resolvedAt: expect.any(Date),
    });
  });
});

describe("resolving drift in production", () => {
  it("follows the production rule: an administrator whose login is old must log in again", async () => {
    const row = await db.maskinportenScope.create({
      data: {
        organisationId: fixture.skd.id,
        environment: "PROD",
        prefix: "skd",
        subscope: `prod.${uniqueSuffix()}`,
        description: "P",
      },
    });
    const finding = await db.driftFinding.create({
      data: {
        organisationId: fixture.skd.id,
        environment: "PROD",
        objectType: "scope",
        objectId: row.id,
        label: "skd:prod",
        fields: { description: { portal: "P", upstream: "Q" } },
      },
    });
    const oldLogin = { ...fixture.admin, authenticatedAt: new Date(Date.now() - 24 * 60 * 60 * 1000) };
    expect(await resolve(finding.id, "push-portal", { user: oldLogin })).toMatchObject({
      ok: false,
      error: { code: "STEP_UP_REQUIRED" },
    });
    const target = scopeChangeTarget("PROD", `skd:${row.subscope}`).targetId;
    expect(await db.upstreamChange.count({ where: { targetId: target } })).toBe(0);
    expect(await db.driftFinding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({ resolution: null });
  });
});

describe("resolving an access list's drift", () => {
  const [PORTAL_MEMBER, ALTINN_MEMBER] = validOrgNumbers(2, 31500000) as [string, string];
  async function driftedList() {
    const identifier = `drift-${uniqueSuffix()}`;
    const { list } = await db.$transaction((tx) =>
      createAccessList({
        tx,
        organisation: fixture.skd,
        environment: "TEST",
        identifier,
        name: "Banker",
        description: "",
      }),
    );
    await runPendingChanges(db, fixture.skd.id, `test:${identifier}`);
    // Drift on both sides: a member only the portal has (never sent), one added in Altinn directly, and a new name.
    await db.accessListMember.create({ data: { accessListId: list.id, orgNumber: PORTAL_MEMBER } });
    await upsertAccessList(listTarget, identifier, { name: "Banks", description: "Endret i Altinn" });
    await addAccessListMembers(listTarget, identifier, [ALTINN_MEMBER]);
    await check();
    return { list, identifier, finding: await findingOf(list.id) };
  }

  it("take upstream: name, description and members as the registry has them", async () => {
    const { list, finding } = await driftedList();
    expect(finding.fields).toMatchObject({
      name: { portal: "Banker", upstream: "Banks" },
      members: { portal: [PORTAL_MEMBER], upstream: [ALTINN_MEMBER] },
    });
    expect(await resolve(finding.id, "take-upstream")).toMatchObject({ ok: true });
    expect(await db.accessList.findUniqueOrThrow({ where: { id: list.id } })).toMatchObject({
      name: "Banks",
      description: "Endret i Altinn",
    });
    const members = await db.accessListMember.findMany({
      where: { accessListId: list.id },
      orderBy: { orgNumber: "asc" },
    });
    expect(members.map((member) => member.orgNumber)).toEqual([ALTINN_MEMBER]);
  });

  it("push: the registry gets the portal's name and members back", async () => {
    const { identifier, finding } = await driftedList();
    expect(await resolve(finding.id, "push-portal")).toMatchObject({ ok: true });
    await runPendingChanges(db, fixture.skd.id, `test:${identifier}`);
    expect((await getAccessList(listTarget, identifier))?.value.name).toBe("Banker");
    const members = (await listAccessListMembers(listTarget, identifier)).map(memberOrgNumber);
    expect(members).toEqual([PORTAL_MEMBER]);
    await check();
    expect(await db.driftFinding.findUniqueOrThrow({ where: { id: finding.id } })).toMatchObject({
      resolvedAt: expect.any(Date),
    });
  });
});
