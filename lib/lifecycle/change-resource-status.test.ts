import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { validDefinition } from "@/lib/consent-resources/test-fixtures";
import { actAs, membersForTests } from "@/test/act-as";
import { createConsentResource, testDb, uniqueSuffix } from "@/test/factories";
import * as publishing from "@/lib/publishing/publishing-actions";
import { listResourceHistory } from "./list-resource-history";
import { allowedStatusChanges } from "./status-transitions";

// The status changes through the real actions (session and Next's cache replaced): allowed transitions, the new
// version, the registry jobs queued where the resource is published, production's rule, the audit and the history.
vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = testDb();
const code = `t${uniqueSuffix()}`;
const people = {
  editor: { role: "EDITOR", name: "Edda Editor" },
  admin: { role: "ADMIN", name: "Ada Admin" },
} as const;
const team = membersForTests(db, people, { orgCode: code, scopePrefix: code });
const actions = { status: publishing.changeResourceStatusAction, publish: publishing.publishConsentResourceAction };
const as = (user: TSessionUser) => actAs(user, { ...actions, remove: publishing.deleteTestConsentResourceAction });
afterAll(() => db.$disconnect());

let resourceId: string;
let identifier: string;
const orgNumber = () => team.organisation.orgNumber;

const publishVersion1 = (user: TSessionUser, environment: "TEST" | "PROD") =>
  as(user).publish({ orgNumber: orgNumber(), identifier, environment, version: 1 });

/** A fresh resource (version 1, under development), published to test with its change synced. */
async function publishedInTest() {
  identifier = `${code}-${uniqueSuffix()}`;
  const content = { ...validDefinition, identifier, scopeReferences: [] };
  resourceId = (await createConsentResource(db, { organisationId: team.organisation.id, identifier, content })).id;
  expect((await publishVersion1(team.users.editor, "TEST")).ok).toBe(true);
  await db.upstreamChange.updateMany({ where: { targetId: identifier }, data: { status: "SYNCED" } });
}

const registryChanges = () =>
  db.upstreamChange.findMany({
    where: { targetId: identifier, organisationId: team.organisation.id },
    orderBy: { sequence: "asc" },
    select: { environment: true, kind: true, payload: true },
  });
const publications = () =>
  db.consentResourcePublication.findMany({
    where: { resourceId },
    orderBy: { environment: "asc" },
    select: { environment: true, state: true, version: { select: { version: true } } },
  });
const change = (user: TSessionUser, status: "Completed" | "Deprecated" | "Withdrawn", baseVersion: number) =>
  as(user).status({ orgNumber: orgNumber(), identifier, status, baseVersion });

describe("allowed status changes", () => {
  it("moves forward, lets a deprecation be taken back, and ends at withdrawn", () => {
    expect(allowedStatusChanges("UnderDevelopment")).toEqual(["Completed", "Withdrawn"]);
    expect(allowedStatusChanges("Completed")).toEqual(["Deprecated", "Withdrawn"]);
    expect(allowedStatusChanges("Deprecated")).toEqual(["Completed", "Withdrawn"]);
    expect(allowedStatusChanges("Withdrawn")).toEqual([]);
    // The registry stores free text: an unknown status counts as under development.
    expect(allowedStatusChanges("Active")).toEqual(["Completed", "Withdrawn"]);
  });
});

describe("changing a resource's status", () => {
  beforeAll(publishedInTest);

  it("saves the next version with the status and republishes it in test, audited and in the history", async () => {
    expect((await change(team.users.editor, "Completed", 1)).ok).toBe(true);
    const result = await change(team.users.editor, "Deprecated", 2);
    expect(result).toMatchObject({ ok: true, data: { version: 3, from: "Completed", environments: ["TEST"] } });

    const versions = await db.consentResourceVersion.findMany({ where: { resourceId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [(v.content as { status: string }).status, v.createdById])).toEqual([
      ["UnderDevelopment", null],
      ["Completed", team.users.editor.id],
      ["Deprecated", team.users.editor.id],
    ]);
    expect(await publications()).toEqual([{ environment: "TEST", state: "PUBLISHED", version: { version: 3 } }]);
    const queued = (await registryChanges()).map((c) => {
      const payload = c.payload as { version: number; definition: { status: string } };
      return [c.environment, c.kind, payload.version, payload.definition.status];
    });
    expect(queued).toEqual([
      ["TEST", "registry.resource.publish", 1, "UnderDevelopment"],
      ["TEST", "registry.resource.publish", 2, "Completed"],
      ["TEST", "registry.resource.publish", 3, "Deprecated"],
    ]);
    const audit = await db.auditEvent.findMany({
      where: { organisationId: team.organisation.id, targetId: identifier, action: "consent-resource.status" },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, summary: true },
    });
    expect(audit).toEqual([
      { actorId: team.users.editor.id, summary: expect.stringContaining("from UnderDevelopment to Completed") },
      {
        actorId: team.users.editor.id,
        summary: `Changed the status of ${identifier} from Completed to Deprecated (version 3), published to test`,
      },
    ]);
    const history = await listResourceHistory({ organisationId: team.organisation.id, identifier, before: null });
    expect(history.events.map((e) => [e.kind, e.environment, e.version, e.status, e.actorName])).toEqual([
      ["STATUS_CHANGED", "TEST", 3, "Deprecated", "Edda Editor"],
      ["STATUS_CHANGED", "TEST", 2, "Completed", "Edda Editor"],
      ["PUBLISHED", "TEST", 1, "UnderDevelopment", "Edda Editor"],
    ]);
    expect(history.events.at(-1)?.sync).toEqual({ status: "SYNCED", lastError: null });
    expect(history.events[0]?.sync).toEqual({ status: "PENDING", lastError: null });
  });

  it("refuses a change the status does not allow, and one over a newer version, saving nothing", async () => {
    const notAllowed = await change(team.users.editor, "Deprecated", 3);
    expect(notAllowed).toEqual({ ok: false, error: expect.objectContaining({ code: "CONFLICT" }) });
    const stale = await change(team.users.editor, "Completed", 2);
    expect(stale).toEqual({ ok: false, error: expect.objectContaining({ code: "CONFLICT" }) });
    expect(await db.consentResourceVersion.count({ where: { resourceId } })).toBe(3);
  });
});

describe("a resource published in production", () => {
  beforeAll(async () => {
    await publishedInTest();
    expect((await publishVersion1(team.users.admin, "PROD")).ok).toBe(true);
  });

  it("takes production's rule: an editor is refused, an administrator after an old login must log in again", async () => {
    expect(await change(team.users.editor, "Completed", 1)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    const staleLogin = { ...team.users.admin, authenticatedAt: new Date(Date.now() - 24 * 60 * 60 * 1000) };
    expect(await change(staleLogin as never, "Completed", 1)).toMatchObject({
      ok: false,
      error: { code: "STEP_UP_REQUIRED" },
    });
    expect(await db.consentResourceVersion.count({ where: { resourceId } })).toBe(1);
  });

  it("withdraws everywhere it is published through the withdrawal jobs, and the history names the administrator", async () => {
    const result = await change(team.users.admin, "Withdrawn", 1);
    expect(result).toMatchObject({ ok: true, data: { version: 2, environments: ["TEST", "PROD"] } });
    expect(await publications()).toEqual([
      { environment: "TEST", state: "WITHDRAWN", version: { version: 2 } },
      { environment: "PROD", state: "WITHDRAWN", version: { version: 2 } },
    ]);
    const withdrawals = (await registryChanges()).filter((c) => c.kind === "registry.resource.withdraw");
    expect(withdrawals.map((c) => [c.environment, (c.payload as { version: number }).version])).toEqual([
      ["TEST", 2],
      ["PROD", 2],
    ]);
    const history = await listResourceHistory({ organisationId: team.organisation.id, identifier, before: null });
    expect(history.events.filter((e) => e.kind === "WITHDRAWN").map((e) => [e.environment, e.actorName])).toEqual(
      expect.arrayContaining([
        ["TEST", "Ada Admin"],
        ["PROD", "Ada Admin"],
      ]),
    );
    // Withdrawn is the end of the line.
    expect(await change(team.users.admin, "Completed", 2)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });
});

describe("a draft that differs from what an environment publishes", () => {
  beforeAll(publishedInTest);

  it("is not published by a status change: the draft would go out unreviewed", async () => {
    const content = { ...validDefinition, identifier, scopeReferences: [], title: { nb: "Ny", nn: "Ny", en: "New" } };
    await db.consentResourceVersion.create({ data: { resourceId, version: 2, content } });
    const refused = await change(team.users.editor, "Completed", 2);
    expect(refused).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect(await publications()).toEqual([{ environment: "TEST", state: "PUBLISHED", version: { version: 1 } }]);
  });
});

describe("the history", () => {
  beforeAll(publishedInTest);

  it("is read a page at a time, newest first, down to the first event", async () => {
    const remove = await as(team.users.editor).remove({ orgNumber: orgNumber(), identifier });
    expect(remove.ok).toBe(true);
    const base = {
      resourceId,
      environment: "TEST" as const,
      kind: "PUBLISHED" as const,
      version: 1,
      status: "Completed",
    };
    await db.consentResourceEvent.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({ ...base, createdAt: new Date(Date.now() - (i + 1) * 60_000) })),
    });
    const where = { organisationId: team.organisation.id, identifier };
    const first = await listResourceHistory({ ...where, before: null });
    expect(first.events).toHaveLength(20);
    expect(first.events[0]).toMatchObject({ kind: "DELETED", actorName: "Edda Editor", status: null });
    const rest = await listResourceHistory({ ...where, before: parseNext(first.next) });
    expect(rest.events).toHaveLength(7);
    expect(rest.next).toBeNull();
    // Another organisation reads nothing of it.
    expect((await listResourceHistory({ ...where, organisationId: crypto.randomUUID(), before: null })).events).toEqual(
      [],
    );
  });
});

function parseNext(next: string | null) {
  const [time, id] = (next ?? "").split("_");
  return { createdAt: new Date(time!), id: id! };
}
