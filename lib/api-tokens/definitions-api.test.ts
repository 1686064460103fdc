import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { createOrganisation, createUser, testDb, uniqueSuffix } from "@/test/factories";
import { tokenInDb } from "./api-token-test-kit";
import { applyDefinitionsRoute, exportDefinitionsRoute, planDefinitionsRoute } from "./definitions-api";

// The definitions API's routes as Next.js calls them, against the real test database and lib/definitions: a token's
// round trip (export, plan, apply, plan again), and each refusal with its status.

const db = testDb();
let admin: { id: string };
let organisation: { id: string; orgNumber: string };
let other: { id: string; orgNumber: string };
let prefix: string;

beforeAll(async () => {
  admin = await createUser(db, { name: "API Admin" });
  prefix = `t${uniqueSuffix()}`;
  organisation = await createOrganisation(db, {
    orgCode: prefix,
    scopePrefix: prefix,
    members: [{ userId: admin.id, role: "ADMIN" }],
  });
  other = await createOrganisation(db, { members: [{ userId: admin.id, role: "ADMIN" }] });
});

type TRoute = (request: Request, context: { params: Promise<{ orgNumber: string }> }) => Promise<Response>;
function call(route: TRoute, options: { secret?: string; query?: string; body?: string; orgNumber?: string }) {
  const url = `https://portal.example/api/v1/orgs/x/definitions${options.query ?? "?environment=test"}`;
  const init: RequestInit = options.body === undefined ? {} : { method: "POST", body: options.body };
  const headers: Record<string, string> = options.secret ? { authorization: `Bearer ${options.secret}` } : {};
  return route(new Request(url, { ...init, headers }), {
    params: Promise.resolve({ orgNumber: options.orgNumber ?? organisation.orgNumber }),
  });
}
const token = (scope: "PLAN" | "APPLY") =>
  tokenInDb(db, { organisationId: organisation.id, createdById: admin.id, scope });
const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe("the definitions API", () => {
  it("exports, plans no change for the export, applies an edit with an apply token, and plans nothing after", async () => {
    const { secret, id } = await token("APPLY");
    const exported = await call(exportDefinitionsRoute, { secret });
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toContain("application/yaml");
    const text = await exported.text();
    const document = parse(text) as { organisation: { orgNumber: string }; scopes: unknown[] };
    expect(document.organisation.orgNumber).toBe(organisation.orgNumber);

    const json = await call(exportDefinitionsRoute, { secret, query: "?environment=test&format=json" });
    expect(JSON.parse(await json.text())).toEqual(document);

    const plan = await call(planDefinitionsRoute, { secret, body: text });
    expect(await plan.json()).toEqual({ changes: [] });

    const scope = {
      subscope: "api.read",
      description: "Fra API-et",
      longDescription: "",
      visibility: "PUBLIC",
      tokenLifetimeSeconds: null,
      allowedIntegrationTypes: ["maskinporten"],
    };
    const edited = JSON.stringify({ ...document, scopes: [...document.scopes, scope] });
    const planned = (await (await call(planDefinitionsRoute, { secret, body: edited })).json()) as {
      changes: { action: string; kind: string; key: string }[];
    };
    expect(planned.changes.map((c) => `${c.action} ${c.kind} ${c.key}`)).toEqual(["create scope api.read"]);
    const applied = await call(applyDefinitionsRoute, { secret, body: edited });
    expect(applied.status).toBe(200);
    expect(((await applied.json()) as { applied: unknown[] }).applied).toHaveLength(1);
    expect(await (await call(planDefinitionsRoute, { secret, body: edited })).json()).toEqual({ changes: [] });

    const uses = await db.auditEvent.findMany({ where: { apiTokenId: id }, orderBy: { createdAt: "asc" } });
    expect(uses.map((event) => event.action)).toEqual([
      "definitions.export",
      "definitions.export",
      "definitions.plan",
      "definitions.plan",
      // The change itself, under the form's action name, named by the token too (lib/definitions/apply-definitions.ts).
      "scope.create",
      "definitions.apply",
      "definitions.plan",
    ]);
    expect(uses.every((event) => event.actorId === admin.id)).toBe(true);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.lastUsedAt).not.toBeNull();
  });

  it("refuses a plan token's apply (403), another organisation (403), a revoked token (401) and no token (401)", async () => {
    const { secret, id, prefix } = await token("PLAN");
    const text = await (await call(exportDefinitionsRoute, { secret })).text();
    const apply = await call(applyDefinitionsRoute, { secret, body: text });
    expect(apply.status).toBe(403);
    expect(await codeOf(apply)).toBe("FORBIDDEN");
    expect((await call(exportDefinitionsRoute, { secret, orgNumber: other.orgNumber })).status).toBe(403);

    await db.apiToken.update({ where: { id }, data: { revokedAt: new Date(), revokedById: admin.id } });
    const revoked = await call(planDefinitionsRoute, { secret, body: text });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("www-authenticate")).toContain('error="invalid_token"');
    const message = ((await revoked.json()) as { error: { message: string } }).error.message;
    // Outside a request the messages are bokmål's (lib/platform/i18n/resolve-locale.ts).
    expect(message).toBe(loadMessages("nb").errors.apiTokenRevoked.replace("{prefix}", prefix));
    const none = await call(exportDefinitionsRoute, {});
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="consent-portal"');
  });

  it("answers a document it cannot read with 400, naming each problem by its place", async () => {
    const { secret } = await token("PLAN");
    const response = await call(planDefinitionsRoute, { secret, body: "apiVersion: consent-portal/v1\nkind: Nope\n" });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors).some((place) => place.startsWith("kind, line 2"))).toBe(true);
  });
});
