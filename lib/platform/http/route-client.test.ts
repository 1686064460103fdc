import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { inAuditedTransaction } from "@/lib/platform/db/audited-transaction";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { UpstreamError } from "@/lib/platform/upstream/upstream-error";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { createRouteClient } from "./route-client";
import { ZUuidParam } from "./route-params";

// The route helper against the real test database: the action helper's steps and error policy, answered as HTTP.

const db = testDb();
const errors = loadMessages("nb").errors;
let admin: TSessionUser;
let viewer: TSessionUser;
let outsider: TSessionUser;
let platformAdmin: TSessionUser;
let organisation: { id: string; orgNumber: string };

/** What the `fail` route throws. */
let failure: unknown;

const ZQuery = z.object({ environment: z.enum(["test", "prod"], { message: "invalid" }) });
const ZItemParams = z.object({ orgNumber: z.string(), itemId: ZUuidParam });
const ZRename = z.object({ name: z.string().min(1, { message: "required" }) });

const routesFor = (user: TSessionUser | null) => {
  const { orgRoute, platformRoute } = createRouteClient({ db: () => db, getUser: async () => user });
  return {
    read: orgRoute({ query: ZQuery }, async ({ query, organisation: org, role }) => ({
      environment: query.environment,
      orgNumber: org.orgNumber,
      role,
    })),
    change: orgRoute(
      { minimumRole: "ADMIN", params: ZItemParams, body: ZRename },
      ({ params, body, organisation: org, user, correlationId }) => {
        const actor = { actorId: user.id, organisationId: org.id, action: "test.route-change", correlationId };
        return inAuditedTransaction(db, actor, async (tx) => {
          await tx.organisation.update({ where: { id: org.id }, data: { name: body.name } });
          if (body.name === "explode") throw new Error("database password is hunter2");
          const audit = { targetType: "item", targetId: params.itemId, summary: `Renamed to ${body.name}` };
          return { data: { renamed: body.name }, audit };
        });
      },
    ),
    fail: orgRoute({}, async () => {
      throw failure;
    }),
    csv: orgRoute(
      { minimumRole: "ADMIN" },
      async () => new Response("a,b\n", { headers: { "content-type": "text/csv" } }),
    ),
    platform: platformRoute({}, async ({ user }) => ({ operator: user.id })),
  };
};
const context = (params: Record<string, string>) => ({
  params: Promise.resolve({ orgNumber: organisation.orgNumber, ...params }),
});
const noParams = { params: Promise.resolve({}) };
const get = (query = "?environment=test") => new Request(`https://portal.example/orgs/x/status${query}`);
const post = (body: unknown) =>
  new Request("https://portal.example/orgs/x/items", { method: "POST", body: JSON.stringify(body) });
const errorOf = async (response: Response) => ((await response.json()) as { error: Record<string, unknown> }).error;
const auditEvents = (action: string) => db.auditEvent.findMany({ where: { organisationId: organisation.id, action } });

beforeAll(async () => {
  [admin, viewer, outsider, platformAdmin] = await Promise.all([
    createUser(db, { name: "Admin" }),
    createUser(db, { name: "Viewer" }),
    createUser(db, { name: "Outsider" }),
    createUser(db, { name: "Operator", isPlatformAdmin: true }),
  ]);
  const members = [
    { userId: admin.id, role: "ADMIN" as const },
    { userId: viewer.id, role: "VIEWER" as const },
  ];
  organisation = await createOrganisation(db, { members });
});

afterAll(() => db.$disconnect());

describe("orgRoute", () => {
  it("answers a caller without a session with 401", async () => {
    const response = await routesFor(null).read(get(), context({}));
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toEqual({ code: "UNAUTHENTICATED", message: errors.unauthenticated });
  });

  it("answers a non-member with 404, as pages do, before reading the input", async () => {
    const response = await routesFor(outsider).change(post({}), context({ itemId: "not-a-uuid" }));
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: "NOT_FOUND", message: errors.organisationNotFound });
  });

  it("answers a member whose role is too low with 403", async () => {
    const response = await routesFor(viewer).change(post({ name: "x" }), context({ itemId: crypto.randomUUID() }));
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ code: "FORBIDDEN", message: errors.requiresRole.ADMIN });
  });

  it("answers a malformed path parameter with 404, and a bad body or query with 400 and an error per field", async () => {
    const routes = routesFor(admin);
    const badParams = await routes.change(post({ name: "" }), context({ itemId: "not-a-uuid" }));
    expect(badParams.status).toBe(404);
    expect(await errorOf(badParams)).toMatchObject({ code: "NOT_FOUND" });
    const badBody = await routes.change(post({ name: "" }), context({ itemId: crypto.randomUUID() }));
    expect(await errorOf(badBody)).toMatchObject({ fieldErrors: { name: [errors.fields.required] } });
    const badQuery = await routes.read(get("?environment=staging"), context({}));
    expect(badQuery.status).toBe(400);
    expect(await errorOf(badQuery)).toMatchObject({ fieldErrors: { environment: [errors.fields.invalid] } });
  });

  it("answers a read with JSON that is never cached", async () => {
    const response = await routesFor(viewer).read(get(), context({}));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ environment: "test", orgNumber: organisation.orgNumber, role: "VIEWER" });
  });

  it("passes a handler's own Response through (a CSV download)", async () => {
    const response = await routesFor(admin).csv(get(""), context({}));
    expect(response.headers.get("content-type")).toBe("text/csv");
    expect(await response.text()).toBe("a,b\n");
  });

  it("words upstream failures as actions do: 503 when silent or unreadable, 422 for a refusal", async () => {
    const upstream = (fields: Partial<ConstructorParameters<typeof UpstreamError>[0]>) =>
      new UpstreamError({
        ...{ upstream: "maskinporten-admin:test", status: 503, kind: "http", retryable: true },
        ...{ method: "GET", url: "https://x/", ...fields },
      });
    const route = routesFor(viewer).fail;
    failure = upstream({});
    const unavailable = await route(get(), context({}));
    expect(unavailable.status).toBe(503);
    expect(await errorOf(unavailable)).toMatchObject({
      code: "UPSTREAM_UNAVAILABLE",
      message: errors.upstreamUnavailable.replace("{upstream}", "Maskinporten"),
    });
    failure = upstream({ kind: "invalid-response", status: 200, retryable: false });
    const unreadable = await route(get(), context({}));
    expect(unreadable.status).toBe(503);
    expect((await errorOf(unreadable)).message).toMatch(/^Maskinporten svarte noe denne portalen ikke forstår\./);
    failure = upstream({ status: 400, retryable: false, code: "MP-1", detail: "scope name taken" });
    const refused = await route(get(), context({}));
    expect(refused.status).toBe(422);
    expect(await errorOf(refused)).toMatchObject({
      code: "UPSTREAM_REFUSED",
      message: expect.stringContaining("(HTTP 400, MP-1): scope name taken."),
    });
  });

  it("writes a change and its audit event in one transaction, under the request's correlation id", async () => {
    const itemId = crypto.randomUUID();
    const response = await routesFor(admin).change(post({ name: "Renamed AS" }), context({ itemId }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ renamed: "Renamed AS" });
    const [event] = (await auditEvents("test.route-change")).filter((e) => e.targetId === itemId);
    expect(event).toMatchObject({ actorId: admin.id, summary: "Renamed to Renamed AS" });
    expect(event?.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("leaves neither change nor audit event when it fails, and hides the error behind a correlation id", async () => {
    const before = (await auditEvents("test.route-change")).length;
    const response = await routesFor(admin).change(post({ name: "explode" }), context({ itemId: crypto.randomUUID() }));
    expect(response.status).toBe(500);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: "INTERNAL", correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(error.message).toContain(error.correlationId);
    expect(error.message).not.toContain("hunter2");
    expect(await auditEvents("test.route-change")).toHaveLength(before);
    const { name } = await db.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    expect(name).not.toBe("explode");
  });
});

describe("platformRoute", () => {
  it("answers anyone but a platform administrator as if it did not exist", async () => {
    expect((await routesFor(null).platform(get(""), noParams)).status).toBe(401);
    expect((await routesFor(admin).platform(get(""), noParams)).status).toBe(404);
    const response = await routesFor(platformAdmin).platform(get(""), noParams);
    expect(await response.json()).toEqual({ operator: platformAdmin.id });
  });
});
