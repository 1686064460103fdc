import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, forbidden } from "@/lib/platform/errors/app-error";
import { bearerSecret, createTokenRouteClient } from "./token-route-client";

// The bearer-token route helper on its own (lib/api-tokens binds it with the real token lookup, tested there):
// how a token travels, the challenge headers of RFC 6750, and the steps in order.

type TCaller = { name: string; scope: "PLAN" | "APPLY" };
const callers: Record<string, TCaller> = { cpt_plan: { name: "planner", scope: "PLAN" } };
const counted: string[] = [];

const { tokenRoute } = createTokenRouteClient<TCaller>({
  authenticate: async ({ secret, orgNumber }) => {
    if (orgNumber === "000000000") throw new AppError("NOT_FOUND", "organisationNotFound");
    const caller = callers[secret];
    if (!caller) throw new AppError("UNAUTHENTICATED", "apiTokenInvalid");
    return caller;
  },
  rateLimit: async (name, key) => void counted.push(`${name}:${key}`),
  clientKey: () => "192.0.2.1",
});

const ZQuery = z.object({ environment: z.enum(["test", "prod"], { message: "invalid" }) });
const route = tokenRoute(
  {
    query: ZQuery,
    textBody: true,
    maxBodyBytes: 16,
    authorize: async ({ caller, query }) => {
      if (query.environment === "prod" && caller.scope !== "APPLY") throw forbidden("apiTokenScope");
    },
  },
  async ({ caller, query, body }) => ({ caller: caller.name, environment: query.environment, body }),
);

const call = (options: { token?: string; query?: string; body?: string; orgNumber?: string } = {}) =>
  route(
    new Request(`https://portal.example/api/v1/orgs/x/definitions/plan${options.query ?? "?environment=test"}`, {
      method: "POST",
      headers: options.token ? { authorization: options.token } : {},
      body: options.body ?? "doc",
    }),
    { params: Promise.resolve({ orgNumber: options.orgNumber ?? "974761076" }) },
  );
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error;

describe("bearerSecret", () => {
  it("reads `Bearer <token>` in any case of the scheme, and nothing else", () => {
    const withHeader = (value: string) => new Request("https://x/", { headers: { authorization: value } });
    expect(bearerSecret(withHeader("Bearer cpt_abc"))).toBe("cpt_abc");
    expect(bearerSecret(withHeader("bearer  cpt_abc"))).toBe("cpt_abc");
    expect(bearerSecret(withHeader("Basic dXNlcjpwYXNz"))).toBeNull();
    expect(bearerSecret(withHeader("Bearer a b"))).toBeNull();
    expect(bearerSecret(new Request("https://x/"))).toBeNull();
  });
});

describe("tokenRoute", () => {
  it("answers a missing token with 401 and a bare Bearer challenge, after counting the request", async () => {
    const response = await call();
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="consent-portal"');
    expect((await errorOf(response)).code).toBe("UNAUTHENTICATED");
    expect(counted).toContain("api:192.0.2.1");
  });

  it("answers a token that does not authenticate with 401 and error=invalid_token", async () => {
    const response = await call({ token: "Bearer cpt_unknown" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="consent-portal", error="invalid_token"');
  });

  it("answers a malformed or unknown organisation with 404", async () => {
    expect((await call({ token: "Bearer cpt_plan", orgNumber: "12ab" })).status).toBe(404);
    expect((await call({ token: "Bearer cpt_plan", orgNumber: "000000000" })).status).toBe(404);
  });

  it("answers a bad query with 400 and what the route refuses with 403 and error=insufficient_scope", async () => {
    const badQuery = await call({ token: "Bearer cpt_plan", query: "?environment=staging" });
    expect(badQuery.status).toBe(400);
    const refused = await call({ token: "Bearer cpt_plan", query: "?environment=prod" });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("www-authenticate")).toContain('error="insufficient_scope"');
  });

  it("refuses a body past the route's limit with 413, and hands the handler the caller, query and body", async () => {
    expect((await call({ token: "Bearer cpt_plan", body: "x".repeat(17) })).status).toBe(413);
    const response = await call({ token: "Bearer cpt_plan" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ caller: "planner", environment: "test", body: "doc" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
