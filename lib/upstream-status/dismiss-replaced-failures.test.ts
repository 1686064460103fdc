import { afterAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { latestUpstreamChanges } from "@/lib/platform/jobs/latest-upstream-changes";
import { actAs, membersForTests } from "@/test/act-as";
import { testDb, uniqueSuffix } from "@/test/factories";
import { dismissUpstreamChangeAction } from "./upstream-change-actions";

// The real action, called as a chosen user: only the session lookup and Next's cache are replaced (test/act-as.ts).
vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Failed scope and client changes are dismissed exactly as an access list's (issue 16.1): the one action, its rules
// (only a failure a later change replaced; editors; production under the production rule), audited, and the failure
// is gone from the object's sync state afterwards.

const db = testDb();
afterAll(() => db.$disconnect());
const editorAndViewer = { editor: { role: "EDITOR", name: "Dismiss Editor" }, viewer: { role: "VIEWER" } } as const;
const { organisation: org, users } = membersForTests(db, editorAndViewer);

const dismissAs = (user: TSessionUser, changeId: string) =>
  actAs(user, { dismiss: dismissUpstreamChangeAction }).dismiss({ orgNumber: org.orgNumber, changeId });

/** A failed change to the target and, a minute later, the change that replaced it. */
async function failedThenReplaced(target: { targetType: string; targetId: string; kind: string }, env = "TEST") {
  const base = { organisationId: org.id, environment: env as "TEST" | "PROD", payload: {}, ...target };
  const failed = await db.upstreamChange.create({
    data: {
      ...base,
      status: "FAILED",
      lastError: "HTTP 412 · precondition failed",
      createdAt: new Date(Date.now() - 60_000),
    },
  });
  const later = await db.upstreamChange.create({ data: { ...base, status: "SYNCED", completedAt: new Date() } });
  return { failed, later };
}

const stateOf = async (targetType: string, targetId: string) =>
  (await latestUpstreamChanges({ db, organisationId: org.id, targetType, targetIds: [targetId] })).get(targetId);

describe.each([
  { object: "scope", targetType: "scope", kind: "maskinporten.scope.upsert" },
  { object: "client", targetType: "maskinporten-client", kind: "maskinporten.client.update" },
])("dismissing a failed $object change", ({ targetType, kind }) => {
  it("lists a failure a later change replaced beside the latest state, and an editor's dismissal settles it, audited", async () => {
    const targetId = `test:skd:dismiss.${uniqueSuffix()}`;
    const { failed, later } = await failedThenReplaced({ targetType, targetId, kind });
    expect(await stateOf(targetType, targetId)).toMatchObject({
      changeId: later.id,
      status: "SYNCED",
      replacedFailures: [{ changeId: failed.id, kind, lastError: "HTTP 412 · precondition failed" }],
    });

    expect(await dismissAs(users.editor, failed.id)).toMatchObject({ ok: true });
    expect(await db.upstreamChange.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: "SYNCED",
      supersededById: later.id,
    });
    expect((await stateOf(targetType, targetId))?.replacedFailures).toEqual([]);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { organisationId: org.id, action: "upstream-change.dismiss", targetId: failed.id },
    });
    expect(audit).toMatchObject({ actorId: users.editor.id });
    expect(audit.summary).toBe(`Dismissed failed ${kind} for ${targetId}: replaced by ${later.id}`);
  });

  it("refuses the latest change (it is retried instead), a viewer, and an editor in production", async () => {
    const targetId = `test:skd:latest.${uniqueSuffix()}`;
    const latest = await db.upstreamChange.create({
      data: { organisationId: org.id, environment: "TEST", kind, targetType, targetId, payload: {}, status: "FAILED" },
    });
    expect(await stateOf(targetType, targetId)).toMatchObject({ status: "FAILED", replacedFailures: [] });
    expect(await dismissAs(users.editor, latest.id)).toMatchObject({ ok: false, error: { code: "CONFLICT" } });

    const { failed } = await failedThenReplaced({ targetType, targetId: `test:skd:viewer.${uniqueSuffix()}`, kind });
    expect(await dismissAs(users.viewer, failed.id)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

    const prod = await failedThenReplaced({ targetType, targetId: `prod:skd:p.${uniqueSuffix()}`, kind }, "PROD");
    expect(await dismissAs(users.editor, prod.failed.id)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    for (const id of [latest.id, failed.id, prod.failed.id])
      expect(await db.upstreamChange.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "FAILED" });
  });
});
