import { describe, expect, it, vi } from "vitest";
import { actAs, membersForTests } from "@/test/act-as";
import { testDb, uniqueSuffix } from "@/test/factories";
import { applyDefinitionsAction, planDefinitionsAction } from "./definitions-actions";
import { exportDefinitions } from "./export-definitions";
import { serializeDefinitions } from "./serialize-definitions";

vi.mock("@/lib/platform/auth/get-session-user", () => import("@/test/act-as"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// The page's two actions as the portal defines them: every member plans, administrators apply, production under
// the production rule (a recent login).

const db = testDb();
const code = `a${uniqueSuffix()}`;
const team = membersForTests(
  db,
  { viewer: { role: "VIEWER" }, editor: { role: "EDITOR" }, admin: { role: "ADMIN" } },
  { orgCode: code, scopePrefix: code },
);
const actions = { plan: planDefinitionsAction, apply: applyDefinitionsAction };

async function documentWithScope(environment: "TEST" | "PROD") {
  const document = await exportDefinitions({ organisationId: team.organisation.id, environment });
  document.scopes.push({
    subscope: "handling.read",
    description: "Handling",
    longDescription: "",
    visibility: "PUBLIC",
    tokenLifetimeSeconds: null,
    allowedIntegrationTypes: ["maskinporten"],
  });
  return serializeDefinitions(document, "yaml");
}

describe("definitions actions", () => {
  it("lets a viewer plan, with the document's problems at their lines", async () => {
    const { orgNumber } = team.organisation;
    const viewer = actAs(team.users.viewer, actions);
    const text = await documentWithScope("TEST");
    const planned = await viewer.plan({ orgNumber, environment: "test", text });
    expect(planned).toMatchObject({
      ok: true,
      data: { ok: true, changes: [{ action: "create", key: "handling.read" }] },
    });
    const broken = await viewer.plan({ orgNumber, environment: "test", text: "kind: [\n" });
    expect(broken).toMatchObject({ ok: true, data: { ok: false, errors: [{ line: expect.any(Number) }] } });
    const refused = await viewer.apply({ orgNumber, environment: "test", text });
    expect(refused).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });

  it("lets an administrator apply, and asks for a recent login in production", async () => {
    const { orgNumber } = team.organisation;
    const editor = actAs(team.users.editor, actions);
    const text = await documentWithScope("TEST");
    expect(await editor.apply({ orgNumber, environment: "test", text })).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN" },
    });
    const applied = await actAs(team.users.admin, actions).apply({ orgNumber, environment: "test", text });
    expect(applied).toMatchObject({ ok: true, data: { applied: [{ kind: "scope", key: "handling.read" }] } });
    const longAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const staleAdmin = actAs({ ...team.users.admin, authenticatedAt: longAgo } as never, actions);
    const prod = await documentWithScope("PROD");
    expect(await staleAdmin.apply({ orgNumber, environment: "prod", text: prod })).toMatchObject({
      ok: false,
      error: { code: "STEP_UP_REQUIRED" },
    });
    expect(
      await db.maskinportenScope.count({ where: { organisationId: team.organisation.id, environment: "PROD" } }),
    ).toBe(0);
  });
});
