import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRouteClient } from "@/lib/platform/http/route-client";
import { loadMessages } from "@/lib/platform/i18n/load-messages";
import { createOrganisation, createUser, testDb } from "@/test/factories";
import { requireProductionRole } from "./production-rule";
import { isLoginRecent, withRequestLogin } from "./recent-login";
import type { TSessionUser } from "./resolve-session";

// The step-up rule on its own and through the route helper: how recent a login must be for a production change.
const db = testDb();
const MINUTE = 60 * 1000;
const now = new Date("2026-11-30T12:00:00Z");
let admin: TSessionUser;
let orgNumber: string;

beforeAll(async () => {
  admin = await createUser(db, { name: "Route Admin" });
  ({ orgNumber } = await createOrganisation(db, { members: [{ userId: admin.id, role: "ADMIN" }] }));
});
afterAll(() => db.$disconnect());

describe("a recent login", () => {
  it("is one no older than the maximum age; an unknown one never is", () => {
    expect(isLoginRecent(new Date(now.getTime() - 15 * MINUTE), 15, now)).toBe(true);
    expect(isLoginRecent(new Date(now.getTime() - 15 * MINUTE - 1), 15, now)).toBe(false);
    expect(isLoginRecent(new Date(now.getTime() + MINUTE), 15, now)).toBe(true);
    expect(isLoginRecent(null, 15, now)).toBe(false);
  });

  it("is asked of production changes only, and outside a request nothing passes", async () => {
    const prod = { role: "ADMIN", environment: "PROD" } as const;
    expect(() => requireProductionRole(prod)).toThrow(expect.objectContaining({ code: "STEP_UP_REQUIRED" }));
    expect(() => requireProductionRole({ ...prod, environment: "test" })).not.toThrow();
    const old = { authenticatedAt: new Date(Date.now() - 16 * MINUTE) };
    await withRequestLogin(old, async () => {
      expect(() => requireProductionRole(prod)).toThrow(expect.objectContaining({ messageKey: "stepUpRequired" }));
      expect(() => requireProductionRole({ ...prod, environment: "TEST" })).not.toThrow();
    });
    await withRequestLogin({ authenticatedAt: new Date() }, async () =>
      expect(() => requireProductionRole(prod)).not.toThrow(),
    );
  });

  it("answers a route's production change after an old login with 401 and the step-up message", async () => {
    const routesFor = (authenticatedAt: Date) =>
      createRouteClient({ db: () => db, getUser: async () => ({ ...admin, authenticatedAt }) }).orgRoute(
        {},
        async ({ role, authenticatedAt: loggedIn }) => {
          requireProductionRole({ role, environment: "prod" });
          return { loggedIn: loggedIn?.toISOString() };
        },
      );
    const call = (authenticatedAt: Date) =>
      routesFor(authenticatedAt)(new Request(`https://portal.example/api/orgs/${orgNumber}/x`), {
        params: Promise.resolve({ orgNumber }),
      });

    const refused = await call(new Date(Date.now() - 30 * MINUTE));
    expect(refused.status).toBe(401);
    const message = loadMessages("nb").errors.stepUpRequired.replace("{minutes}", "15");
    expect(await refused.json()).toMatchObject({ error: { code: "STEP_UP_REQUIRED", message } });

    const fresh = new Date();
    const allowed = await call(fresh);
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ loggedIn: fresh.toISOString() });
  });
});
