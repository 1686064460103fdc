import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { runUpstreamChange } from "@/lib/platform/jobs/run-upstream-change";
import type { TUpstreamHandlers } from "@/lib/upstream-jobs/upstream-job-registry";
import { createConsentResource, createOrganisation, testDb, uniqueSuffix } from "@/test/factories";
import { actAs, membersForTests } from "@/test/act-as";
import {
  createAccessRequestAction,
  decideAccessRequestAction,
  revokeAccessRequestAction,
} from "./access-request-actions";
import { accessRequestListener } from "./access-request-listener";
import { getAccessRequest } from "./get-access-request";

vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The access-request actions exactly as the portal defines them, each bound to a chosen user; the job
// runner with stand-in handlers, so the request follows its grants as it does in the worker.

const db = testDb();
const actionsFor = (user: TSessionUser) =>
  actAs(user, {
    create: createAccessRequestAction,
    decide: decideAccessRequestAction,
    revoke: revokeAccessRequestAction,
  });

const prefix = `t${uniqueSuffix()}`;
const scope = `${prefix}:inntekt.read`;
const { organisation: owner, users } = membersForTests(
  db,
  {
    adminA: { role: "ADMIN", name: "Admin Anne" },
    adminB: { role: "ADMIN", name: "Admin Bjørn" },
    ownerEditor: { role: "EDITOR", name: "Owner Editor" },
    consumerEditor: { name: "Consumer Editor" },
  },
  { orgCode: prefix, scopePrefix: prefix },
);
let consumer: { id: string; orgNumber: string };
let otherConsumer: { id: string; orgNumber: string };
let resourceId: string;

beforeAll(async () => {
  consumer = await createOrganisation(db, { members: [{ userId: users.consumerEditor.id, role: "EDITOR" }] });
  otherConsumer = await createOrganisation(db);
  const identifier = `${prefix}-samtykke`;
  const content = { ...validDefinition, identifier, scopeReferences: [scope] };
  const resource = await createConsentResource(db, { organisationId: owner.id, identifier, content });
  resourceId = resource.id;
  await db.consentResourcePublication.create({
    data: { resourceId, environment: "TEST", versionId: resource.versions[0]!.id },
  });
  const list = await db.accessList.create({
    data: { organisationId: owner.id, environment: "TEST", identifier: `${prefix}-list`, name: "Banker" },
  });
  await db.accessListResourceLink.create({ data: { accessListId: list.id, resourceId } });
});
afterAll(() => db.$disconnect());

async function submit() {
  const result = await actionsFor(users.consumerEditor).create({
    orgNumber: consumer.orgNumber,
    environment: "TEST",
    resourceId,
    message: "Vi vil",
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.data.requestId;
}

const statusOf = async (id: string) => (await db.accessRequest.findUniqueOrThrow({ where: { id } })).status;
const grantsOf = (requestId: string) =>
  db.accessRequestGrant.findMany({ where: { requestId }, orderBy: { kind: "asc" } });
const run = (changeId: string, handlers: TUpstreamHandlers, retryCount = 0) =>
  runUpstreamChange({ db, changeId, handlers, listeners: [accessRequestListener], retryCount, retryLimit: 3 });
const ok = async () => {};
const succeed: TUpstreamHandlers = {
  "maskinporten.scope-access.grant": ok,
  "maskinporten.scope-access.revoke": ok,
  "registry.access-list.members.add": ok,
  "registry.access-list.members.remove": ok,
};

describe("access requests", () => {
  it("allows one open request per consumer, resource and environment, and hides it from other consumers", async () => {
    const id = await submit();
    const again = await actionsFor(users.consumerEditor).create({
      orgNumber: consumer.orgNumber,
      environment: "TEST",
      resourceId,
      message: "igjen",
    });
    expect(again).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await getAccessRequest({ organisationId: otherConsumer.id, side: "consumer", requestId: id })).toBeNull();
    expect(await getAccessRequest({ organisationId: consumer.id, side: "consumer", requestId: id })).toMatchObject({
      asked: { scopes: [scope], accessListName: "Banker" },
    });
    // Deny to close it again for the next tests; a denial needs a reason.
    const noReason = await actionsFor(users.adminA).decide({
      orgNumber: owner.orgNumber,
      requestId: id,
      decision: "deny",
      reason: "",
    });
    expect(noReason).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { reason: [expect.any(String)] } },
    });
    expect(
      await actionsFor(users.adminA).decide({
        orgNumber: owner.orgNumber,
        requestId: id,
        decision: "deny",
        reason: "Ikke nå",
      }),
    ).toMatchObject({ ok: true });
    expect(await db.accessRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DENIED",
      openKey: null,
      decisionReason: "Ikke nå",
    });
  });

  it("refuses an editor of the owner: only administrators decide", async () => {
    const id = await submit();
    const result = await actionsFor(users.ownerEditor).decide({
      orgNumber: owner.orgNumber,
      requestId: id,
      decision: "approve",
      reason: "",
    });
    expect(result).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(await statusOf(id)).toBe("SUBMITTED");
    await actionsFor(users.adminA).decide({
      orgNumber: owner.orgNumber,
      requestId: id,
      decision: "deny",
      reason: "rydder",
    });
  });

  it("lets exactly one of two simultaneous decisions stand, and tells the other who decided", async () => {
    const id = await submit();
    const [a, b] = await Promise.all([
      actionsFor(users.adminA).decide({ orgNumber: owner.orgNumber, requestId: id, decision: "approve", reason: "" }),
      actionsFor(users.adminB).decide({ orgNumber: owner.orgNumber, requestId: id, decision: "deny", reason: "Nei" }),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    const winnerName = a.ok ? "Admin Anne" : "Admin Bjørn";
    expect(loser).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: expect.stringContaining(winnerName) },
    });
    const decisions = await db.auditEvent.count({ where: { action: "access-request.decide", targetId: id } });
    expect(decisions).toBe(1);
    if (a.ok) {
      expect(await grantsOf(id)).toHaveLength(2); // the scope access and the list membership, queued once
      await actionsFor(users.adminA).revoke({ orgNumber: owner.orgNumber, requestId: id, reason: "rydder" });
    } else {
      expect(await grantsOf(id)).toHaveLength(0);
    }
  });

  it("becomes active when every grant is synced, fails with the reason, and recovers after a retry", async () => {
    const id = await submit();
    expect(
      await actionsFor(users.adminA).decide({
        orgNumber: owner.orgNumber,
        requestId: id,
        decision: "approve",
        reason: "",
      }),
    ).toMatchObject({
      ok: true,
      data: { status: "PROVISIONING" },
    });
    const [membership, scopeGrant] = await grantsOf(id);
    expect(scopeGrant).toMatchObject({ kind: "scope-access", target: scope, operation: "grant" });
    expect(membership).toMatchObject({ kind: "access-list-membership", operation: "grant" });

    const refuse = Object.assign(new Error("no"), { retryable: false, status: 400 });
    await run(scopeGrant!.upstreamChangeId, { "maskinporten.scope-access.grant": async () => Promise.reject(refuse) });
    expect(await statusOf(id)).toBe("FAILED");
    await run(membership!.upstreamChangeId, succeed);
    expect(await statusOf(id)).toBe("FAILED"); // one failed grant keeps the request failed

    await db.upstreamChange.update({ where: { id: scopeGrant!.upstreamChangeId }, data: { status: "PENDING" } }); // a retry
    await run(scopeGrant!.upstreamChangeId, succeed);
    expect(await statusOf(id)).toBe("ACTIVE");
    const timeline = (
      await db.accessRequestEvent.findMany({ where: { requestId: id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.status);
    expect(timeline).toEqual(["SUBMITTED", "APPROVED", "PROVISIONING", "FAILED", "ACTIVE"]);
    const notified = await db.notification.findMany({ where: { params: { path: ["requestId"], equals: id } } });
    expect(notified.map((n) => n.kind).sort()).toEqual(
      ["submitted", "submitted", "approved", "approved", "failed", "failed", "active", "active"]
        .map((k) => `access-request.${k}`)
        .sort(),
    );

    // Settling again changes nothing (idempotent).
    await run(scopeGrant!.upstreamChangeId, succeed);
    expect(await db.accessRequestEvent.count({ where: { requestId: id } })).toBe(5);

    // Revoking queues the opposite changes and closes the request; those settling do not reopen it.
    expect(
      await actionsFor(users.adminB).revoke({ orgNumber: owner.orgNumber, requestId: id, reason: "Avtalen er slutt" }),
    ).toMatchObject({ ok: true });
    const revocations = (await grantsOf(id)).filter((g) => g.operation === "revoke");
    expect(revocations.map((g) => g.kind).sort()).toEqual(["access-list-membership", "scope-access"]);
    for (const revocation of revocations) await run(revocation.upstreamChangeId, succeed);
    expect(await db.accessRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "REVOKED",
      openKey: null,
    });
  });
});
