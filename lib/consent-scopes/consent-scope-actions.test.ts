import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { env } from "@/lib/platform/config/env";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { actAs } from "@/test/act-as";
import { requestConsentScopesAction, decideConsentScopeRequestAction } from "./consent-scope-actions";

// The portal's own actions: only the session lookup and Next's cache are replaced.
vi.mock("@/lib/platform/auth/get-session-user", async () => ({
  getSessionUser: (await import("@/test/act-as")).sessionUserInTest,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = testDb();
const errors = loadMessages("nb").errors;
let editor: TSessionUser;
let viewer: TSessionUser;
let admin: TSessionUser;
let org: { id: string; orgNumber: string };

const actionsFor = (user: TSessionUser) =>
  actAs(user, { request: requestConsentScopesAction, decide: decideConsentScopeRequestAction });

beforeAll(async () => {
  editor = await createUser(db);
  viewer = await createUser(db);
  admin = await createUser(db, { isPlatformAdmin: true });
  org = await createOrganisation(db, {
    members: [
      { userId: editor.id, role: "EDITOR" },
      { userId: viewer.id, role: "VIEWER" },
    ],
  });
});

afterAll(() => db.$disconnect());

describe("consent API scope requests", () => {
  it("an editor asks once per environment; a viewer cannot ask", async () => {
    expect(await actionsFor(viewer).request({ orgNumber: org.orgNumber, environment: "test" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: errors.requiresRole.EDITOR },
    });
    expect((await actionsFor(editor).request({ orgNumber: org.orgNumber, environment: "test" })).ok).toBe(true);
    expect(await actionsFor(editor).request({ orgNumber: org.orgNumber, environment: "test" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: errors.consentScopesAlreadyRequested },
    });
    expect(await db.consentScopeRequest.count({ where: { organisationId: org.id, environment: "TEST" } })).toBe(1);
  });

  it("only platform administrators decide; a refusal needs a reason; granting queues both scopes as the operator", async () => {
    const result = await actionsFor(editor).request({ orgNumber: org.orgNumber, environment: "prod" });
    if (!result.ok) throw new Error(result.error.message);
    const { requestId } = result.data;
    expect(await actionsFor(editor).decide({ requestId, decision: "grant", reason: "" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await actionsFor(admin).decide({ requestId, decision: "refuse", reason: " " })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { reason: [errors.fields.refusalReason] } },
    });
    expect((await actionsFor(admin).decide({ requestId, decision: "grant", reason: "" })).ok).toBe(true);
    const changes = await db.upstreamChange.findMany({ where: { targetId: requestId }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => ({ kind: c.kind, environment: c.environment, payload: c.payload }))).toEqual(
      ["altinn:consentrequests.read", "altinn:consentrequests.write"].map((scope) => ({
        kind: "maskinporten.scope-access.grant",
        environment: "PROD",
        payload: { actingFor: env().OPERATOR_ORG_NUMBER, scope, consumerOrg: org.orgNumber },
      })),
    );
    expect(await actionsFor(admin).decide({ requestId, decision: "refuse", reason: "Too late" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: errors.consentScopeRequestDecided },
    });
    expect(await actionsFor(editor).request({ orgNumber: org.orgNumber, environment: "prod" })).toMatchObject({
      ok: false,
      error: { message: errors.consentScopesAlreadyGranted },
    });
  });
});
