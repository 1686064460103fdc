import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startContractEmulator } from "@/lib/platform/upstream/contract/emulator-fixture";
import { getScope, updateScope } from "@/lib/platform/upstream/maskinporten-scopes-client";
import { scopeUpsertJob } from "@/lib/scopes/scope-jobs";
import { scopeUpsertPayload, scopeSelect, toScope } from "@/lib/scopes/scope-dto";
import { scopeChangeTarget } from "@/lib/scopes/scope-target";
import { testDb, uniqueSuffix } from "@/test/factories";
import { skatteetaten } from "./test-support/skatteetaten";
import { runDriftCheck } from "./run-drift-check";

// The drift check against the emulator in-process, for Skatteetaten (seeded; its delegations are built in): a scope
// the portal created, then changed directly in Maskinporten's admin API (never through the portal).

const db = testDb();
const acting = { environment: "test" as const, actingFor: "974761076" };
let emulator: Awaited<ReturnType<typeof startContractEmulator>>;
let skd: { id: string; orgNumber: string };

/** A scope in the portal, sent to Maskinporten by the real handler (as the worker would). */
async function syncedScope(subscope: string) {
  const row = await db.maskinportenScope.create({
    data: { organisationId: skd.id, environment: "TEST", prefix: "skd", subscope, description: "Fra portalen" },
    select: scopeSelect,
  });
  const scope = toScope(row);
  await scopeUpsertJob.run({
    id: crypto.randomUUID(),
    kind: "maskinporten.scope.upsert",
    environment: "TEST",
    organisationId: skd.id,
    ...scopeChangeTarget("TEST", scope.name),
    payload: scopeUpsertPayload(skd.orgNumber, scope),
  });
  return scope;
}

const check = () => runDriftCheck({ db, organisationId: skd.id, environment: "TEST" });
const findingOf = (objectId: string) => db.driftFinding.findFirst({ where: { objectId, resolvedAt: null } });
/** Notifications naming this scope (other test files check Skatteetaten's other objects at the same time). */
const driftNotifications = (name: string) =>
  db.notification.count({
    where: { organisationId: skd.id, kind: "drift.detected", params: { path: ["objects"], string_contains: name } },
  });

beforeAll(async () => {
  emulator = await startContractEmulator();
  skd = await skatteetaten(db);
});
afterAll(async () => {
  await emulator?.close();
  await db.$disconnect();
});

describe("runDriftCheck", () => {
  it("finds a scope changed directly in Maskinporten, field by field, and notifies once, not twice", async () => {
    const scope = await syncedScope(`drift.${uniqueSuffix()}`);
    await check();
    expect(await findingOf(scope.id)).toBeNull();

    await updateScope(acting, scope.name, { description: "Endret hos Digdir", visibility: "PRIVATE" });
    const before = await driftNotifications(scope.name);
    const first = await check();
    const finding = await findingOf(scope.id);
    expect(finding).toMatchObject({
      objectType: "scope",
      label: scope.name,
      deletedUpstream: false,
      fields: {
        description: { portal: "Fra portalen", upstream: "Endret hos Digdir" },
        visibility: { portal: "PUBLIC", upstream: "PRIVATE" },
      },
    });
    expect(first.created).toBeGreaterThanOrEqual(1);
    expect(await driftNotifications(scope.name)).toBe(before + 1);
    const notification = await db.notification.findFirstOrThrow({
      where: { organisationId: skd.id, kind: "drift.detected" },
      orderBy: { createdAt: "desc" },
    });
    expect(notification.params).toMatchObject({ environment: "test", objects: expect.stringContaining(scope.name) });
    expect(notification.link).toBe(`/orgs/${skd.orgNumber}/sync/drift?environment=test`);

    // The same drift again is the same finding, and no new notification.
    await check();
    expect((await findingOf(scope.id))?.id).toBe(finding?.id);
    expect(await driftNotifications(scope.name)).toBe(before + 1);
    expect(
      await db.driftCheck.findUnique({
        where: { organisationId_environment: { organisationId: skd.id, environment: "TEST" } },
      }),
    ).toMatchObject({ finishedAt: expect.any(Date) });
  });

  it("skips an object whose change is still queued: it is on its way, not drift", async () => {
    const scope = await syncedScope(`queued.${uniqueSuffix()}`);
    await db.upstreamChange.create({
      data: {
        organisationId: skd.id,
        environment: "TEST",
        kind: "maskinporten.scope.upsert",
        ...scopeChangeTarget("TEST", scope.name),
        payload: scopeUpsertPayload(skd.orgNumber, { ...scope, description: "På vei" }),
      },
    });
    await updateScope(acting, scope.name, { description: "Endret hos Digdir" });
    await check();
    expect(await findingOf(scope.id)).toBeNull();
  });

  it("reports a scope Maskinporten does not have as deleted upstream, and resolves a finding once both agree", async () => {
    const row = await db.maskinportenScope.create({
      data: {
        organisationId: skd.id,
        environment: "TEST",
        prefix: "skd",
        subscope: `gone.${uniqueSuffix()}`,
        description: "Borte",
      },
    });
    await check();
    expect(await findingOf(row.id)).toMatchObject({ deletedUpstream: true, fields: {} });

    const agreeing = await syncedScope(`agree.${uniqueSuffix()}`);
    await updateScope(acting, agreeing.name, { description: "Endret hos Digdir" });
    await check();
    const finding = await findingOf(agreeing.id);
    await updateScope(acting, agreeing.name, { description: "Fra portalen" });
    expect((await getScope(acting, agreeing.name))?.description).toBe("Fra portalen");
    await check();
    expect(await db.driftFinding.findUniqueOrThrow({ where: { id: finding!.id } })).toMatchObject({
      resolution: "agreed",
      resolvedAt: expect.any(Date),
    });
  });
});
