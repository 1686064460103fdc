import { afterAll, describe, expect, it, vi } from "vitest";
import {
  decideConsentScopeRequestAction,
  requestConsentScopesAction,
} from "@/lib/consent-scopes/consent-scope-actions";
import { runUpstreamChange } from "@/lib/platform/jobs/run-upstream-change";
import { upstreamChangeListeners } from "@/lib/upstream-jobs/upstream-job-registry";
import { actAs, membersForTests } from "@/test/act-as";
import { testDb, uniqueSuffix } from "@/test/factories";
import { createClientAction } from "./client-actions";
import { testPublicJwk } from "./test-support/test-public-jwk";

// A client picked with a consent API scope Digdir is still granting waits, and its creation is queued by itself when
// the grant arrives: the portal's own actions, the job runner and the registry's listeners; only the session lookup
// and Next's cache are replaced, and Maskinporten's answer to the grants.

vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = testDb();
afterAll(() => db.$disconnect());
const { organisation: org, users } = membersForTests(db, {
  editor: { role: "EDITOR" },
  admin: { isPlatformAdmin: true },
});

const READ = "altinn:consentrequests.read";

async function create(scopes: string[]) {
  const input = { orgNumber: org.orgNumber, environment: "test", name: `App ${uniqueSuffix()}`, description: "" };
  const result = await actAs(users.editor, { createClientAction }).createClientAction({
    ...input,
    scopes,
    publicJwk: await testPublicJwk(),
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

const createsOf = (clientRowId: string) =>
  db.upstreamChange.findMany({ where: { targetId: clientRowId, kind: "maskinporten.client.create" } });
const waits = async (clientRowId: string) =>
  (await db.maskinportenClient.findUniqueOrThrow({ where: { id: clientRowId } })).waitsForConsentScopes;

/** The worker running a grant change as Maskinporten accepts it, telling the registry's listeners. */
const settle = (changeId: string) =>
  runUpstreamChange({
    db,
    changeId,
    handlers: { "maskinporten.scope-access.grant": async () => {} },
    listeners: upstreamChangeListeners,
    retryCount: 0,
    retryLimit: 3,
  });

describe("a client waiting for Digdir's grant of the consent API scopes", () => {
  it("is queued at once when nothing was asked for: Maskinporten decides, as for any scope", async () => {
    const data = await create([READ]);
    expect(data).toMatchObject({ waiting: false, changeId: expect.any(String) });
    expect(await createsOf(data.clientRowId)).toHaveLength(1);
  });

  it("waits while the request is pending or the grant on its way, and is created by itself once it arrives", async () => {
    const asked = await actAs(users.editor, { requestConsentScopesAction }).requestConsentScopesAction({
      orgNumber: org.orgNumber,
      environment: "test",
    });
    if (!asked.ok) throw new Error(asked.error.message);
    const { requestId } = asked.data;

    const early = await create([READ]);
    expect(early).toMatchObject({ waiting: true, changeId: null });
    expect(await createsOf(early.clientRowId)).toEqual([]);
    // A client without consent API scopes never waits.
    expect((await create(["skd:inntekt"])).waiting).toBe(false);

    const decide = actAs(users.admin, { decideConsentScopeRequestAction }).decideConsentScopeRequestAction;
    expect((await decide({ requestId, decision: "grant", reason: "" })).ok).toBe(true);
    // Granted, but Maskinporten does not have it yet: a client made now waits too.
    const late = await create([READ, "altinn:consentrequests.write"]);
    expect(late.waiting).toBe(true);

    const grants = await db.upstreamChange.findMany({ where: { targetId: requestId }, orderBy: { sequence: "asc" } });
    expect(grants).toHaveLength(2);
    await settle(grants[0]!.id);
    expect(await createsOf(early.clientRowId)).toEqual([]); // one scope of two is not the grant
    await settle(grants[1]!.id);
    for (const client of [early, late]) {
      expect(await waits(client.clientRowId)).toBe(false);
      expect(await createsOf(client.clientRowId)).toMatchObject([
        { status: "PENDING", payload: { actingFor: org.orgNumber, clientRowId: client.clientRowId } },
      ]);
    }
    // A grant change that settles again (a retry after a lost answer) queues nothing more.
    await db.upstreamChange.update({ where: { id: grants[1]!.id }, data: { status: "PENDING" } });
    await settle(grants[1]!.id);
    expect(await createsOf(early.clientRowId)).toHaveLength(1);

    // Once the grant is in Maskinporten, a new client is queued at once.
    expect((await create([READ])).waiting).toBe(false);
  });
});
