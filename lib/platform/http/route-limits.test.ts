import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { z } from "zod";
import type { TSessionUser } from "@/lib/platform/auth/get-session-user";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { createRateLimiter, type TRateLimits } from "@/lib/platform/rate-limit/rate-limiter";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { ROUTE_BODY_LIMIT_BYTES } from "./body-limits";
import { createRouteClient } from "./route-client";

// The route helper's limits against the real test database: the input policy on bodies, oversized bodies, malformed
// organisation numbers, and a rate limit counted in PostgreSQL by rate-limiter-flexible.

const db = testDb();
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
const errors = loadMessages("nb").errors;
const limits: TRateLimits = {
  login: { points: 2, durationSeconds: 60 },
  validator: { points: 2, durationSeconds: 60 },
  liveChecks: { points: 2, durationSeconds: 60 },
  catalogSearch: { points: 2, durationSeconds: 60 },
  api: { points: 2, durationSeconds: 60 },
};
let member: TSessionUser;
let organisation: { id: string; orgNumber: string };

const routesFor = (user: TSessionUser) => {
  const { orgRoute } = createRouteClient({
    db: () => db,
    getUser: async () => user,
    rateLimit: createRateLimiter({ pool, limits }),
  });
  return {
    check: orgRoute({ body: z.object({ token: z.string() }) }, async ({ body }) => ({ length: body.token.length })),
    live: orgRoute({ rateLimit: "liveChecks" }, async () => ({ ok: true })),
  };
};
const context = (orgNumber = organisation.orgNumber) => ({ params: Promise.resolve({ orgNumber }) });
const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("https://portal.example/orgs/x/validator/check", { method: "POST", body, headers });
const errorOf = async (response: Response) => ((await response.json()) as { error: Record<string, unknown> }).error;

beforeAll(async () => {
  member = await createUser(db, { name: "Member" });
  organisation = await createOrganisation(db, { members: [{ userId: member.id, role: "VIEWER" }] });
});
afterAll(async () => {
  await pool.end();
  await db.$disconnect();
});

describe("route helper limits", () => {
  it("refuses a NUL byte in a JSON body as a field error (400), not a database failure", async () => {
    const response = await routesFor(member).check(post(JSON.stringify({ token: "a\u0000b" })), context());
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { token: [errors.fields.nulCharacter] },
    });
  });

  it("answers a body over the limit with 413 and a message, by its declared length or as it is read", async () => {
    const big = JSON.stringify({ token: "x".repeat(ROUTE_BODY_LIMIT_BYTES) });
    const declared = await routesFor(member).check(post(big), context());
    expect(declared.status).toBe(413);
    expect(declared.headers.get("connection")).toBe("close");
    expect(await errorOf(declared)).toEqual({ code: "TOO_LARGE", message: errors.tooLarge.replace("{limit}", "1 MB") });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
        for (let i = 0; i < 20; i++) controller.enqueue(chunk);
        controller.close();
      },
    });
    const chunked = new Request("https://portal.example/orgs/x/validator/check", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const read = await routesFor(member).check(chunked, context());
    expect(read.status).toBe(413);
  });

  it("answers a malformed organisation number in the path with 404 before any query", async () => {
    for (const orgNumber of ["\u0000", "%00", "-".repeat(36), "12345678\uD800"]) {
      const response = await routesFor(member).check(post(JSON.stringify({ token: "t" })), context(orgNumber));
      expect(response.status).toBe(404);
    }
  });

  it("answers past the rate limit with 429, Retry-After and a translated message; counted per user", async () => {
    const routes = routesFor(member);
    const get = () => routes.live(new Request("https://portal.example/x"), context());
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    const refused = await get();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await errorOf(refused)).toEqual({
      code: "RATE_LIMITED",
      // An ICU plural ("1 sekund", "60 sekunder"), formatted as the portal formats it.
      message: createTranslator({ locale: "nb", messages: { errors } })("errors.rateLimited", { retryAfter }),
    });
    const other = await createUser(db, { name: "Other" });
    await db.membership.create({ data: { userId: other.id, organisationId: organisation.id, role: "VIEWER" } });
    expect((await routesFor(other).live(new Request("https://portal.example/x"), context())).status).toBe(200);
  });
});
