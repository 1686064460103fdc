import { decodeJwt, importJWK, jwtVerify } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MaskinportenTokenClient } from "./maskinporten-token-client";
import { sendJson, startTestServer, type TestServer } from "./test-support/test-server";
import { generateTestClientKey, type TestClientKey, testUpstreamConfig } from "./test-support/test-upstream-config";
import { UpstreamError } from "./upstream-error";

// A stand-in token endpoint that checks the assertion like Maskinporten would and answers per scope:
// `delegated:*` scopes succeed only without consumer_org or for 313876144; `flaky:once` fails once with 503.
let server: TestServer;
let key: TestClientKey;
let issued = 0;
let flakyFailures = 0;

beforeAll(async () => {
  key = await generateTestClientKey();
  const publicKey = await importJWK(key.publicJwk, "RS256");
  server = await startTestServer(async (req, res) => {
    const form = new URLSearchParams(req.body);
    if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer")
      return sendJson(res, 400, { error: "unsupported_grant_type" });
    const { payload } = await jwtVerify(form.get("assertion") ?? "", publicKey, {
      audience: `${server.url}/test/maskinporten/`,
      issuer: "portal-test-client",
    });
    const scopes = String(payload.scope).split(" ");
    if (scopes.includes("flaky:once") && flakyFailures++ === 0)
      return sendJson(res, 503, { error: "temporarily_unavailable" });
    const denied = scopes.find(
      (s) => s.startsWith("delegated:") && payload.consumer_org && payload.consumer_org !== "313876144",
    );
    if (denied)
      return sendJson(res, 400, {
        error: "invalid_scope",
        error_description: `Consumer has not delegated access to the scope ${denied}`,
      });
    if (scopes.includes("forbidden:scope"))
      return sendJson(res, 400, { error: "invalid_scope", error_description: "client not allowed" });
    issued++;
    const expiresIn = scopes.includes("short:lived") ? 20 : 120;
    sendJson(res, 200, {
      access_token: `token-${issued}`,
      token_type: "Bearer",
      expires_in: expiresIn,
      scope: payload.scope,
    });
  });
});

afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
  flakyFailures = 0;
});

const newClient = () =>
  new MaskinportenTokenClient(testUpstreamConfig(server.url, key), { retry: { baseDelayMs: 1, maxDelayMs: 5 } });

describe("MaskinportenTokenClient", () => {
  it("coalesces concurrent requests for the same token and caches the result", async () => {
    const client = newClient();
    const request = { environment: "test" as const, scopes: ["a:b", "c:d"] };
    const [first, second] = await Promise.all([
      client.getToken(request),
      client.getToken({ ...request, scopes: ["c:d", "a:b"] }),
    ]);
    expect(first).toBe(second);
    expect(server.requests).toHaveLength(1);
    expect(await client.getToken(request)).toBe(first);
    expect(server.requests).toHaveLength(1);
  });

  it("keeps tokens apart per consumer_org", async () => {
    const client = newClient();
    const own = await client.getToken({ environment: "test", scopes: ["a:b"] });
    const forOther = await client.getToken({ environment: "test", scopes: ["a:b"], consumerOrg: "313876144" });
    expect(own).not.toBe(forOther);
    expect(decodeJwt(new URLSearchParams(server.requests[1]!.body).get("assertion")!).consumer_org).toBe("313876144");
  });

  it("does not keep a token that expires within the refresh margin", async () => {
    const client = newClient();
    await client.getToken({ environment: "test", scopes: ["short:lived"] });
    await client.getToken({ environment: "test", scopes: ["short:lived"] });
    expect(server.requests).toHaveLength(2);
  });

  it("retries a 503 with a freshly signed assertion", async () => {
    await newClient().getToken({ environment: "test", scopes: ["flaky:once"] });
    expect(server.requests).toHaveLength(2);
    const jtis = server.requests.map((r) => decodeJwt(new URLSearchParams(r.body).get("assertion")!).jti);
    expect(new Set(jtis).size).toBe(2);
  });

  it("surfaces a missing delegation as invalid_scope with the description", async () => {
    const error = await newClient()
      .getToken({ environment: "test", scopes: ["delegated:x"], consumerOrg: "910753614" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      status: 400,
      code: "invalid_scope",
      detail: "Consumer has not delegated access to the scope delegated:x",
    });
    expect(server.requests).toHaveLength(1);
  });

  it("diagnoses delegation scope by scope", async () => {
    const result = await newClient().diagnoseDelegation({
      environment: "test",
      consumerOrg: "910753614",
      scopes: ["open:scope", "delegated:x", "forbidden:scope"],
    });
    expect(result).toEqual([
      { scope: "open:scope", ok: true },
      {
        scope: "delegated:x",
        ok: false,
        code: "invalid_scope",
        reason: "Consumer has not delegated access to the scope delegated:x",
      },
      { scope: "forbidden:scope", ok: false, code: "invalid_scope", reason: "client not allowed" },
    ]);
  });
});
