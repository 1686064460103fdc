import { afterAll, describe, expect, it, vi } from "vitest";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { env } from "@/lib/platform/config/env";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { testDb } from "@/test/factories";
import { actAs, membersForTests } from "@/test/act-as";
import { requestConsentScopesAction, decideConsentScopeRequestAction } from "./consent-scope-actions";

// The portal's own actions: only the session lookup and Next's cache are replaced.
vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const db = testDb();
const errors = loadMessages("nb").errors;
// The platform administrator decides from outside the organisation.
const { organisation: org, users } = membersForTests(db, {
  editor: { role: "EDITOR" },
  viewer: { role: "VIEWER" },
  admin: { isPlatformAdmin: true },
});
afterAll(() => db.$disconnect());

const actionsFor = (user: TSessionUser) =>
  actAs(user, { request: requestConsentScopesAction, decide: decideConsentScopeRequestAction });

describe("consent API scope requests", () => {
  it("an editor asks once per environment; a viewer cannot ask", async () => {
    expect(await actionsFor(users.viewer).request({ orgNumber: org.orgNumber, environment: "test" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN", message: errors.requiresRole.EDITOR },
    });
    expect((await actionsFor(users.editor).request({ orgNumber: org.orgNumber, environment: "test" })).ok).toBe(true);
    expect(await actionsFor(users.editor).request({ orgNumber: org.orgNumber, environment: "test" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: errors.consentScopesAlreadyRequested },
    });
    expect(await db.consentScopeRequest.count({ where: { organisationId: org.id, environment: "TEST" } })).toBe(1);
  });

  it("only platform administrators decide; a refusal needs a reason; granting queues both scopes as the operator", async () => {
    const result = await actionsFor(users.editor).request({ orgNumber: org.orgNumber, environment: "prod" });
    if (!result.ok) throw new Error(result.error.message);
    const { requestId } = result.data;
    expect(await actionsFor(users.editor).decide({ requestId, decision: "grant", reason: "" })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    expect(await actionsFor(users.admin).decide({ requestId, decision: "refuse", reason: " " })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION", fieldErrors: { reason: [errors.fields.refusalReason] } },
    });
    expect((await actionsFor(users.admin).decide({ requestId, decision: "grant", reason: "" })).ok).toBe(true);
    const changes = await db.upstreamChange.findMany({ where: { targetId: requestId }, orderBy: { createdAt: "asc" } });
    expect(changes.map((c) => ({ kind: c.kind, environment: c.environment, payload: c.payload }))).toEqual(
      ["altinn:consentrequests.read", "altinn:consentrequests.write"].map((scope) => ({
        kind: "maskinporten.scope-access.grant",
        environment: "PROD",
        payload: { actingFor: env().OPERATOR_ORG_NUMBER, scope, consumerOrg: org.orgNumber },
      })),
    );
    expect(await actionsFor(users.admin).decide({ requestId, decision: "refuse", reason: "Too late" })).toMatchObject({
      ok: false,
      error: { code: "CONFLICT", message: errors.consentScopeRequestDecided },
    });
    expect(await actionsFor(users.editor).request({ orgNumber: org.orgNumber, environment: "prod" })).toMatchObject({
      ok: false,
      error: { message: errors.consentScopesAlreadyGranted },
    });
  });
});
